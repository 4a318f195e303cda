package io.github.biliflux.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a request is retried: exponential backoff with jitter. Which
 * failures are retried is fixed by the protocol: an idempotent request on connect errors,
 * timeouts, resets, unreadable answers, 5xx, HTTP 412 and the throttling codes; a mutation only
 * when it provably never left the client (connection refused, no pooled connection).
 *
 * <p>Default: 4 attempts, 500 ms doubling to at most 15 s, jitter 0.5.
 *
 * @param maxAttempts    attempts in all, 1 = no retry (1..20)
 * @param initialBackoff the wait before the second attempt
 * @param maxBackoff     the longest wait
 * @param jitter         the random part of each wait, 0..1
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {

    /**
     * Checks every bound (see the factories for the ranges).
     * @param maxAttempts attempts in all, 1 = no retry (1..20)
     * @param initialBackoff the wait before the second attempt
     * @param maxBackoff the longest wait
     * @param jitter the random part of each wait, 0..1
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("maxAttempts must be in 1..20, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("initialBackoff must be >= 0 and maxBackoff >= initialBackoff, were "
                    + initialBackoff + " and " + maxBackoff);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be in 0..1, was " + jitter);
        }
    }

    /**
     * The default policy.
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(15), 0.5);
    }

    /**
     * No retry at all.
     * @return a policy of one attempt
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);
    }

    /**
     * This policy with {@code n} attempts in all.
     * @param n the n
     * @return this, for chaining
     */
    public RetryPolicy withMaxAttempts(int n) {
        return new RetryPolicy(n, initialBackoff, maxBackoff, jitter);
    }

    /**
     * This policy with other backoff bounds.
     * @param initial the initial
     * @param max the largest value allowed
     * @return this, for chaining
     */
    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, jitter);
    }

    /**
     * This policy with another jitter.
     * @param j the j
     * @return this, for chaining
     */
    public RetryPolicy withJitter(double j) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, j);
    }

    /**
     * The wait before attempt {@code attempt + 1} (attempt counts from 1), before jitter.
     * @param attempt the attempt
     * @return the wait before attempt {@code attempt + 1} (attempt counts from 1), before jitter
     */
    public Duration backoff(int attempt) {
        long base = initialBackoff.toMillis();
        long max = maxBackoff.toMillis();
        double d = base * Math.pow(2, Math.max(0, attempt - 1));
        return Duration.ofMillis((long) Math.min(d, max));
    }
}
