package io.github.biliflux.core.internal;

import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.RateLimit;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * What every request to one host passes before it is sent: the host's cool-down, if a throttling
 * answer started one, then a permit of the host's Resilience4j {@link RateLimiter}, paced evenly
 * over the period. Shared by all calls and streams of a client.
 *
 * <p>The limiter's time is read from the client's {@link Clock}, and waits are {@code Mono.delay}s
 * on the client's scheduler, so virtual time drives both. (resilience4j-reactor's
 * RateLimiterOperator waits with an unsubscribed {@code Mono.delay} that a cancellation does not
 * stop, and would send the request of a cancelled stream; we reserve the permit ourselves.)
 */
public final class HostGate {

    private final String host;
    private final RateLimit limit;
    private final RateLimiter limiter;
    private final Clock clock;
    private final Supplier<Scheduler> scheduler;
    private final AtomicLong cooldownUntilMillis = new AtomicLong();
    private final AtomicInteger throttleStreak = new AtomicInteger();

    public HostGate(String host, RateLimit limit, Clock clock, Supplier<Scheduler> scheduler) {
        this.host = host;
        this.limit = limit;
        this.clock = clock;
        this.scheduler = scheduler;
        this.limiter = limit.limited()
                // Paced: one permit every period/permits. Handing out all permits at the start of each
                // period lets a server counting any sliding window see twice the rate (measured: 40 in
                // the first second of a 20/s limit, answered with 412s).
                ? new AtomicRateLimiter("biliflux-" + host, RateLimiterConfig.custom()
                        .limitForPeriod(1)
                        .limitRefreshPeriod(Duration.ofNanos(Math.max(1, limit.period().toNanos() / limit.permits())))
                        .timeoutDuration(limit.maxWait())
                        .build(), () -> epochNanos(clock))
                : null;
    }

    private static long epochNanos(Clock clock) {
        Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** Completes when the host may be called: after any cool-down, with a rate-limit permit taken. */
    public Mono<Void> pass(String route) {
        return Mono.defer(() -> {
            long wait = cooldownUntilMillis.get() - clock.millis();
            if (wait > 0) {
                return Mono.delay(Duration.ofMillis(wait), scheduler.get()).then(pass(route));
            }
            // A cool-down may have begun while this request waited for its permit: honour it too.
            return permit(route).then(Mono.defer(() -> cooldownRemainingMillis() > 0 ? pass(route) : Mono.empty()));
        });
    }

    private Mono<Void> permit(String route) {
        if (limiter == null) {
            return Mono.empty();
        }
        long nanos = limiter.reservePermission();
        if (nanos < 0) {
            return Mono.error(new BiliException(route, "no rate-limit permit for host " + host + " within "
                    + limit.maxWait() + " (" + limit.permits() + " per " + limit.period() + ")", null));
        }
        return nanos == 0 ? Mono.empty() : Mono.delay(Duration.ofNanos(nanos), scheduler.get()).then();
    }

    /** A throttling answer: pause the host, doubling the pause (with jitter) while throttling goes on. */
    public void throttled() {
        if (cooldownRemainingMillis() > 0) {
            // Answers to requests sent before the pause belong to the same episode: one doubling per episode.
            return;
        }
        int streak = Math.min(throttleStreak.incrementAndGet(), 20);
        long base = limit.cooldown().toMillis();
        long pause = (long) Math.min(base * Math.pow(2, streak - 1), limit.maxCooldown().toMillis());
        long jittered = pause / 2 + (pause > 1 ? ThreadLocalRandom.current().nextLong(pause / 2 + 1) : 0);
        long until = clock.millis() + jittered;
        cooldownUntilMillis.accumulateAndGet(until, Math::max);
    }

    /** A good answer ends the throttle streak. */
    public void succeeded() {
        if (throttleStreak.get() != 0) {
            throttleStreak.set(0);
        }
    }

    /** Milliseconds of cool-down left. */
    public long cooldownRemainingMillis() {
        return Math.max(0, cooldownUntilMillis.get() - clock.millis());
    }

    /** The configured limit. */
    public RateLimit limit() {
        return limit;
    }
}
