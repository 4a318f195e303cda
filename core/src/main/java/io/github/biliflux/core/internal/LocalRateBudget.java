package io.github.biliflux.core.internal;

import io.github.biliflux.core.RateBudget;
import io.github.biliflux.core.RateBudgetExceededException;
import io.github.biliflux.core.RateLimit;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * The in-process {@link RateBudget}: per key, a Resilience4j {@link RateLimiter} paced evenly (one
 * permit every period/permits) on the clock, and a cool-down in memory. Answers at once; the caller
 * waits. Only Resilience4j's public API is used ({@code RateLimiter.of} with a nano-time supplier,
 * {@code reservePermission}), so the pacing reads the injected clock.
 */
public final class LocalRateBudget implements RateBudget {

    private final Clock clock;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, Cool> cools = new ConcurrentHashMap<>();

    /** The cool-down state of one key. */
    private static final class Cool {
        final AtomicLong untilMillis = new AtomicLong();
        final AtomicInteger streak = new AtomicInteger();
    }

    /**
     * A budget reading {@code clock}.
     *
     * @param clock the clock of the pacing and the cool-downs
     */
    public LocalRateBudget(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<Duration> reserve(String key, RateLimit limit) {
        return Mono.fromCallable(() -> reserveNow(key, limit));
    }

    /**
     * Reserves a permit now.
     *
     * @param key   the budget key
     * @param limit its rate
     * @return the wait before the permit may be used
     * @throws RateBudgetExceededException when the wait would pass {@code limit.maxWait()}
     */
    public Duration reserveNow(String key, RateLimit limit) {
        if (!limit.limited()) {
            return Duration.ZERO;
        }
        RateLimiter limiter = limiters.computeIfAbsent(key, k -> RateLimiter.of("biliflux-" + k, RateLimiterConfig.custom()
                // Paced: one permit every period/permits. Handing out all permits at the start of each
                // period lets a server counting any sliding window see twice the rate (measured: 40 in
                // the first second of a 20/s limit, answered with 412s).
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(Math.max(1, limit.period().toNanos() / limit.permits())))
                .timeoutDuration(limit.maxWait())
                .build(), this::epochNanos));
        long nanos = limiter.reservePermission();
        if (nanos < 0) {
            throw new RateBudgetExceededException(null, "no rate-limit permit for " + key + " within "
                    + limit.maxWait() + " (" + limit.permits() + " per " + limit.period() + ")");
        }
        return Duration.ofNanos(nanos);
    }

    private long epochNanos() {
        Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Override
    public Mono<Duration> cooldown(String key) {
        return Mono.fromCallable(() -> Duration.ofMillis(cooldownMillis(key)));
    }

    /**
     * The cool-down left now.
     *
     * @param key the budget key
     * @return milliseconds left, 0 when none
     */
    public long cooldownMillis(String key) {
        Cool c = cools.get(key);
        return c == null ? 0 : Math.max(0, c.untilMillis.get() - clock.millis());
    }

    @Override
    public Mono<Duration> throttled(String key, RateLimit limit) {
        return Mono.fromCallable(() -> Duration.ofMillis(throttledNow(key, limit)));
    }

    /**
     * Records a throttling answer now.
     *
     * @param key   the budget key
     * @param limit the cool-down settings
     * @return milliseconds of cool-down left
     */
    public long throttledNow(String key, RateLimit limit) {
        Cool c = cools.computeIfAbsent(key, k -> new Cool());
        long left = c.untilMillis.get() - clock.millis();
        if (left > 0) {
            // Answers to requests sent before the pause belong to the same episode: one doubling per episode.
            return left;
        }
        long jittered = pause(c.streak.updateAndGet(s -> Math.min(s + 1, 20)), limit, ThreadLocalRandom.current().nextDouble());
        long until = clock.millis() + jittered;
        return Math.max(0, c.untilMillis.accumulateAndGet(until, Math::max) - clock.millis());
    }

    /**
     * The pause of the {@code streak}-th episode: the first cool-down doubled per earlier episode, at
     * most the longest, then jittered down to between half and all of it (shared with the Redis budget).
     *
     * @param streak the episode's number in the streak, 1 for the first
     * @param limit  the cool-down settings
     * @param random a number in [0, 1)
     * @return the pause in milliseconds
     */
    public static long pause(int streak, RateLimit limit, double random) {
        long base = limit.cooldown().toMillis();
        long pause = (long) Math.min(base * Math.pow(2, Math.max(0, Math.min(streak, 20) - 1)), limit.maxCooldown().toMillis());
        return pause / 2 + (pause > 1 ? (long) (random * (pause / 2 + 1)) : 0);
    }

    @Override
    public Mono<Void> succeeded(String key) {
        return Mono.fromRunnable(() -> succeededNow(key));
    }

    /**
     * Records a good answer now.
     *
     * @param key the budget key
     */
    public void succeededNow(String key) {
        Cool c = cools.get(key);
        if (c != null && c.streak.get() != 0) {
            c.streak.set(0);
        }
    }

    @Override
    public String toString() {
        return "RateBudget[in-process]";
    }
}
