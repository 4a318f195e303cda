package io.github.biliflux.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The request rate allowed on one host, shared by every call and stream of a client, and the
 * cool-down that a throttling answer (HTTP 412, -412, -509, -799) puts the host into.
 *
 * <p>Default: 4 requests per second per host, a caller waits at most 10 minutes for a permit,
 * and a throttled host pauses 2 s, doubling (with jitter) to at most 2 minutes while it keeps
 * throttling. The live service starts refusing (412) at a few requests per second from one IP.
 *
 * @param permits      requests allowed per period; 0 for unlimited
 * @param period       the period
 * @param maxWait      how long a request may wait for a permit before failing
 * @param cooldown     the first pause after a throttling answer
 * @param maxCooldown  the longest pause
 */
public record RateLimit(int permits, Duration period, Duration maxWait, Duration cooldown, Duration maxCooldown) {

    /**
     * Checks every bound (see the factories for the ranges).
     * @param permits requests allowed per period; 0 for unlimited
     * @param period the period
     * @param maxWait how long a request may wait for a permit before failing
     * @param cooldown the first pause after a throttling answer
     * @param maxCooldown the longest pause
     */
    public RateLimit {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(cooldown, "cooldown");
        Objects.requireNonNull(maxCooldown, "maxCooldown");
        if (permits < 0) {
            throw new IllegalArgumentException("permits must be >= 0 (0 = unlimited), was " + permits);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be > 0, was " + period);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must be >= 0, was " + maxWait);
        }
        if (cooldown.isNegative() || maxCooldown.compareTo(cooldown) < 0) {
            throw new IllegalArgumentException("cooldown must be >= 0 and maxCooldown >= cooldown, were " + cooldown + " and " + maxCooldown);
        }
    }

    /**
     * The default: 4 requests per second.
     * @return the default: 4 requests per second
     */
    public static RateLimit defaults() {
        return perSecond(4);
    }

    /**
     * {@code permits} requests per second (1..10000).
     * @param permits the number of requests per period
     * @return a limit of {@code permits} requests per second
     */
    public static RateLimit perSecond(int permits) {
        if (permits < 1 || permits > 10_000) {
            throw new IllegalArgumentException("permits must be in 1..10000 per second, was " + permits);
        }
        return new RateLimit(permits, Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /**
     * {@code permits} requests per {@code period}.
     * @param permits the number of requests per period
     * @param period the period
     * @return a limit of {@code permits} requests per {@code period}
     */
    public static RateLimit of(int permits, Duration period) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be >= 1, was " + permits);
        }
        return new RateLimit(permits, period, Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /**
     * No rate limit (benchmarks, the emulator); throttling answers still cool the host down.
     * @return no rate limit
     */
    public static RateLimit unlimited() {
        return new RateLimit(0, Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /**
     * Whether requests are limited.
     * @return whether requests are limited
     */
    public boolean limited() {
        return permits > 0;
    }

    /**
     * This limit with another maximum wait for a permit.
     * @param d the duration
     * @return this, for chaining
     */
    public RateLimit withMaxWait(Duration d) {
        return new RateLimit(permits, period, d, cooldown, maxCooldown);
    }

    /**
     * This limit with another cool-down after throttling.
     * @param first the first
     * @param max the largest value allowed
     * @return this, for chaining
     */
    public RateLimit withCooldown(Duration first, Duration max) {
        return new RateLimit(permits, period, maxWait, first, max);
    }
}
