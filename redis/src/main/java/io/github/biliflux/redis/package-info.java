/**
 * One rate budget and one cool-down shared by every process and machine on Redis:
 * {@link io.github.biliflux.redis.RedisRateBudget}, a {@link io.github.biliflux.core.RateBudget} on
 * Bucket4j over Lettuce, chosen with {@code BiliClient.builder().rateBudget(...)}, and
 * {@link io.github.biliflux.redis.WhenUnavailable}, what it does while Redis does not answer.
 */
package io.github.biliflux.redis;
