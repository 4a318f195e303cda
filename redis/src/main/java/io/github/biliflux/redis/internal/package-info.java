/**
 * Internals of the Redis budget: not part of the API, free to change.
 */
package io.github.biliflux.redis.internal;
