/**
 * A runnable example: {@link io.github.biliflux.redis.example.FollowerWorkers} splits a list of
 * mids across worker processes that share one rate budget on Redis and write each follower list
 * to NDJSON, resumably.
 */
package io.github.biliflux.redis.example;
