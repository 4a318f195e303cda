package io.github.biliflux.core.internal;

import io.github.biliflux.core.ClientClosedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * A transport's close life-cycle: whether calls are accepted, the calls in flight, and the race of
 * each call against {@link #close()}.
 */
final class Lifecycle {

    private final Supplier<Scheduler> scheduler;
    /** False once closing began: new calls are refused. */
    private volatile boolean accepting = true;
    /** True once closed: every attempt is refused and calls in flight are cancelled. */
    private volatile boolean closed;
    private final Sinks.Empty<Void> closing = Sinks.empty();
    private final Sinks.Empty<Void> idle = Sinks.empty();
    private final AtomicInteger inFlight = new AtomicInteger();

    /** A life-cycle whose graceful close waits on {@code scheduler}. */
    Lifecycle(Supplier<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    /** Whether a new call is refused: any once closed, all but a {@code nav} fetch once closing began. */
    boolean refuses(boolean nav) {
        return closed || (!nav && !accepting);
    }

    /** {@code run} raced against close: close() cancels the call wherever it is, failing it with {@link ClientClosedException}. */
    <T> Mono<T> race(Mono<T> run, String route, AtomicBoolean handed) {
        return Mono.firstWithSignal(run, closing.asMono().then(Mono.error(() -> new ClientClosedException(route, handed.get()))));
    }

    /** {@code run} counted in flight until it ends; the last to end after closing began signals idle. */
    <T> Mono<T> track(Mono<T> run) {
        inFlight.incrementAndGet();
        return run.doFinally(s -> {
            if (inFlight.decrementAndGet() == 0 && !accepting) {
                signalIdle();
            }
        });
    }

    /** Refuses new calls, cancels calls in flight (a mutation that may have been sent: outcome unknown). Idempotent. */
    void close() {
        accepting = false;
        closed = true;
        synchronized (closing) {
            closing.tryEmitEmpty();
        }
        signalIdle();
    }

    /**
     * Refuses new calls at once, lets calls in flight finish for up to {@code grace}, then closes.
     * Completes when closed.
     */
    Mono<Void> closeGracefully(Duration grace) {
        return Mono.defer(() -> {
            accepting = false;
            if (inFlight.get() == 0) {
                signalIdle();
            }
            return idle.asMono().timeout(grace, Mono.empty(), scheduler.get());
        }).doFinally(s -> close());
    }

    private void signalIdle() {
        synchronized (idle) {
            idle.tryEmitEmpty();
        }
    }

    /** Whether {@link #close()} was called. */
    boolean isClosed() {
        return closed;
    }
}
