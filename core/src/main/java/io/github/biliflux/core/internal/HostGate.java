package io.github.biliflux.core.internal;

import io.github.biliflux.core.RateBudget;
import io.github.biliflux.core.RateBudgetExceededException;
import io.github.biliflux.core.RateBudgetUnavailableException;
import io.github.biliflux.core.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * What every request to one host passes before it is sent: the cool-down of the host's budget key,
 * if a throttling answer started one, then a permit of the key's {@link RateBudget}, paced evenly
 * over the period. Shared by all calls and streams of a client (and, through the budget, by every
 * client that shares the key).
 *
 * <p>The budget only answers how long to wait; the waits are {@code Mono.delay}s on the client's
 * scheduler, so virtual time drives them and a cancelled request is never sent.
 * (resilience4j-reactor's RateLimiterOperator waits with an unsubscribed {@code Mono.delay} that a
 * cancellation does not stop, and would send the request of a cancelled stream.)
 */
public final class HostGate {

    private static final Logger log = LoggerFactory.getLogger(HostGate.class);

    private final String key;
    private final RateLimit limit;
    private final RateBudget budget;
    private final Clock clock;
    private final Supplier<Scheduler> scheduler;
    /** The latest cool-down this gate learnt of, so that {@link #cooldownRemainingMillis()} needs no I/O. */
    private final AtomicLong knownCooldownUntilMillis = new AtomicLong();
    /** The last throttling answer's report to the budget: the next pass waits for it to land. */
    private volatile Mono<Void> reporting = Mono.empty();
    /** Whether {@link #reporting} may still be running. */
    private volatile boolean reportPending;
    /** The budget when it is the in-process one, which answers at once: {@link #passNow} asks it directly. */
    private final LocalRateBudget local;

    /**
     * A gate with a budget of its own, in process (the tests' gate).
     *
     * @param key       the budget key
     * @param limit     the rate and cool-down settings
     * @param clock     the clock
     * @param scheduler where waits run, resolved at each use
     */
    public HostGate(String key, RateLimit limit, Clock clock, Supplier<Scheduler> scheduler) {
        this(key, limit, new LocalRateBudget(clock), clock, scheduler);
    }

    /**
     * A gate counting against {@code budget}'s {@code key}.
     *
     * @param key       the budget key
     * @param limit     the rate and cool-down settings
     * @param budget    the budget
     * @param clock     the clock
     * @param scheduler where waits run, resolved at each use
     */
    public HostGate(String key, RateLimit limit, RateBudget budget, Clock clock, Supplier<Scheduler> scheduler) {
        this.key = Objects.requireNonNull(key, "key");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.local = budget instanceof LocalRateBudget l ? l : null;
    }

    /**
     * Completes when the host may be called: after any cool-down, with a permit taken.
     *
     * @param route the request's route, for error messages
     * @return completes when the request may be sent
     */
    public Mono<Void> pass(String route) {
        return Mono.defer(() -> reporting.then(cooldown(route)).flatMap(cool -> cool.isZero()
                ? permit(route)
                : Mono.delay(cool, scheduler.get()).then(pass(route))));
    }

    /**
     * Passes at once when it can, with no operator assembled: with the in-process budget, no
     * throttling report pending, no cool-down and a permit free now. Call it when the request is
     * about to go (it takes the permit).
     *
     * @param route the request's route, for error messages
     * @return null when the request may be sent now, else what to wait on first (as {@link #pass})
     */
    public Mono<Void> passNow(String route) {
        if (local == null || reportPending || local.cooldownMillis(key) > 0) {
            return pass(route); // the general path: cool-downs, pending reports, any budget
        }
        Duration wait;
        try {
            wait = local.reserveNow(key, limit);
        } catch (RuntimeException e) {
            return Mono.error(withRoute(e, route));
        }
        return wait.isZero() ? null : afterWait(wait, route);
    }

    private Mono<Duration> cooldown(String route) {
        return budget.cooldown(key).doOnNext(this::learn).onErrorMap(e -> withRoute(e, route));
    }

    private Mono<Void> permit(String route) {
        return budget.reserve(key, limit)
                .onErrorMap(e -> withRoute(e, route))
                .flatMap(wait -> wait.isZero() ? Mono.<Void>empty() : afterWait(wait, route));
    }

    /** Waits {@code wait} for a reserved permit; a cool-down may have begun meanwhile: honour it too. */
    private Mono<Void> afterWait(Duration wait, String route) {
        return Mono.delay(wait, scheduler.get()).then(cooldown(route))
                .flatMap(cool -> cool.isZero() ? Mono.<Void>empty() : pass(route));
    }

    private static Throwable withRoute(Throwable e, String route) {
        if (e instanceof RateBudgetExceededException x && x.route() == null) {
            return new RateBudgetExceededException(route, x.getMessage());
        }
        if (e instanceof RateBudgetUnavailableException x && x.route() == null) {
            return new RateBudgetUnavailableException(route, x.getMessage(), x.getCause());
        }
        return e;
    }

    private void learn(Duration cool) {
        if (!cool.isZero()) {
            knownCooldownUntilMillis.accumulateAndGet(clock.millis() + cool.toMillis(), Math::max);
        }
    }

    /** A throttling answer: pause the key, doubling the pause (with jitter) while throttling goes on. */
    public void throttled() {
        Mono<Duration> report = budget.throttled(key, limit)
                .doOnNext(this::learn)
                .onErrorResume(e -> {
                    log.debug("budget {}: the throttling answer could not be recorded ({})", key, e.toString());
                    return Mono.empty();
                })
                .doFinally(s -> reportPending = false)
                .cache();
        reportPending = true;
        reporting = report.then();
        report.subscribe();
    }

    /** A good answer ends the throttle streak. */
    public void succeeded() {
        if (local != null) {
            local.succeededNow(key);
            return;
        }
        budget.succeeded(key).subscribe(null, e -> log.debug("budget {}: a good answer could not be recorded ({})", key, e.toString()));
    }

    /**
     * Milliseconds of cool-down left, as far as this gate knows (it learns of other clients' pauses
     * when it passes).
     *
     * @return milliseconds left, 0 when none
     */
    public long cooldownRemainingMillis() {
        return Math.max(0, knownCooldownUntilMillis.get() - clock.millis());
    }

    /**
     * The configured limit.
     *
     * @return the limit
     */
    public RateLimit limit() {
        return limit;
    }

    /**
     * The budget key requests count against.
     *
     * @return the key
     */
    public String key() {
        return key;
    }
}
