package io.github.biliflux.core;

import io.github.biliflux.core.internal.LocalRateBudget;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Where the request rate and the cool-down after throttling are kept: per budget key (see
 * {@link BudgetKey}), a budget of permits paced evenly over the {@link RateLimit}'s period and a
 * cool-down that a throttling answer (HTTP 412, -412, -509, -799) starts, its pause doubling while
 * throttling goes on. The default ({@link #inProcess(Clock)}) lives in one JVM; the
 * {@code biliflux-redis} module shares one budget between processes and machines. Chosen with
 * {@code BiliClient.builder().rateBudget(...)}.
 *
 * <p>Every method is non-blocking: nothing happens before subscription, and an implementation that
 * asks a remote store bounds its wait and fails with {@link RateBudgetUnavailableException} (or falls
 * back, as it documents) rather than waiting without bound. The caller does the waiting, on its own
 * scheduler, so that a cancelled request is never sent and virtual time drives tests.
 */
public interface RateBudget {

    /**
     * Reserves one permit of {@code key}'s budget, paced evenly: {@code limit.permits()} per
     * {@code limit.period()}, one every {@code period / permits}.
     *
     * @param key   the budget key, as {@link BudgetKey} made it
     * @param limit the rate of the key (the first limit seen for a key may be kept)
     * @return how long the caller must wait before using the permit ({@link Duration#ZERO}: at
     *         once); fails with {@link RateBudgetExceededException} when that wait would pass
     *         {@code limit.maxWait()} (no permit is then taken)
     */
    Mono<Duration> reserve(String key, RateLimit limit);

    /**
     * How much of {@code key}'s cool-down is left.
     *
     * @param key the budget key
     * @return the remaining pause, {@link Duration#ZERO} when the key is not cooling down
     */
    Mono<Duration> cooldown(String key);

    /**
     * A throttling answer on {@code key}: starts a cool-down of {@code limit.cooldown()} doubled
     * for each earlier episode of the streak (at most {@code limit.maxCooldown()}, with jitter down
     * to half of it), unless one is running: answers to requests sent before the pause belong to
     * the same episode and double it only once.
     *
     * @param key   the budget key
     * @param limit the cool-down settings
     * @return the remaining pause after this answer
     */
    Mono<Duration> throttled(String key, RateLimit limit);

    /**
     * A good answer on {@code key}: ends its throttle streak, so the next episode pauses
     * {@code limit.cooldown()} again.
     *
     * @param key the budget key
     * @return completes when recorded
     */
    Mono<Void> succeeded(String key);

    /**
     * The budget of one JVM (the default of every client): Resilience4j rate limiters reading
     * {@code clock}, cool-downs in memory. One instance given to several clients makes them share
     * their budgets (the same key, the same permits).
     *
     * @param clock the clock the pacing and the cool-downs read
     * @return a new in-process budget
     */
    static RateBudget inProcess(Clock clock) {
        return new LocalRateBudget(clock);
    }
}
