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
     * {@code attempt} under the Resilience4j policy {@code config} (attempts, which failures, the
     * jittered interval): a failure it retries is resubscribed after a {@code Mono.delay} on the
     * client's scheduler, so virtual time drives the backoff and a cancellation stops the wait.
     * (resilience4j-reactor's RetryOperator waits on Reactor's parallel scheduler whatever the
     * client's.) One {@code onErrorResume} per attempt: Reactor's {@code retryWhen} would build a
     * companion sink and flux per call, on every call, for the rare one that fails.
     */
    <T> Mono<T> retrying(Mono<T> attempt, RetryConfig config) {
        return retrying(attempt, config, 1);
    }

    private <T> Mono<T> retrying(Mono<T> attempt, RetryConfig config, int n) {
        return attempt.onErrorResume(e -> {
            if (n >= config.getMaxAttempts() || !config.getExceptionPredicate().test(e)) {
                return Mono.error(e);
            }
            long wait = config.getIntervalBiFunction().apply(n, Either.left(e));
            return Mono.delay(Duration.ofMillis(Math.max(0, wait)), scheduler.get()).then(retrying(attempt, config, n + 1));
        });
    }
}
