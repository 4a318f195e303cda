package io.github.biliflux.core.internal;

import io.github.biliflux.core.RetryPolicy;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/** The retry: a {@link RetryPolicy} as a Resilience4j policy, run as a Reactor retry on the client's scheduler. */
final class Backoff {

    private final Supplier<Scheduler> scheduler;

    /** Backoffs that wait on {@code scheduler}. */
    Backoff(Supplier<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    /** The Resilience4j policy of {@code p}: its attempts, the jittered interval, retrying what {@code retryable} accepts. */
    static Retry retry(String name, RetryPolicy p, Predicate<Throwable> retryable) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(p.maxAttempts())
                .intervalBiFunction((attempt, either) -> {
                    long base = p.backoff(attempt).toMillis();
                    long jitter = (long) (base * p.jitter());
                    return base - jitter + (jitter > 0 ? ThreadLocalRandom.current().nextLong(2 * jitter + 1) : 0);
                })
                .retryOnException(retryable)
                .failAfterMaxAttempts(false)
                .build();
        return Retry.of(name, config);
    }

    /**
     * The Resilience4j policy {@code config} (attempts, which failures, the jittered interval) as a
     * Reactor retry that waits with {@code Mono.delay} on the client's scheduler, so virtual time
     * drives the backoff and a cancellation stops the wait. (resilience4j-reactor's RetryOperator
     * waits on Reactor's parallel scheduler whatever the client's.) Fresh state per subscription.
     */
    reactor.util.retry.Retry of(RetryConfig config) {
        int maxAttempts = config.getMaxAttempts();
        Predicate<Throwable> retryable = config.getExceptionPredicate();
        var interval = config.getIntervalBiFunction();
        return reactor.util.retry.Retry.from(signals -> signals.concatMap(signal -> {
            Throwable e = signal.failure();
            int attempt = (int) signal.totalRetries() + 1;
            if (attempt >= maxAttempts || !retryable.test(e)) {
                return Mono.error(e);
            }
            long wait = interval.apply(attempt, Either.left(e));
            return Mono.delay(Duration.ofMillis(Math.max(0, wait)), scheduler.get());
        }));
    }
}
