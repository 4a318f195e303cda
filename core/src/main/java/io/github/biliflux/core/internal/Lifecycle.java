package io.github.biliflux.core.internal;

import io.github.biliflux.core.ClientClosedException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.util.context.Context;

/**
 * A transport's close life-cycle: whether calls are accepted, the calls in flight, and the end of
 * each call in flight when {@link #close()} comes.
 */
final class Lifecycle {

    private final Supplier<Scheduler> scheduler;
    /** False once closing began: new calls are refused. */
    private volatile boolean accepting = true;
    /** True once closed: every attempt is refused and calls in flight are cancelled. */
    private volatile boolean closed;
    private final Sinks.Empty<Void> idle = Sinks.empty();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The calls in flight, each ended by {@link #close()}. */
    private final Set<Guard<?>> calls = ConcurrentHashMap.newKeySet();

    /** A life-cycle whose graceful close waits on {@code scheduler}. */
    Lifecycle(Supplier<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    /** Whether a new call is refused: any once closed, all but a {@code nav} fetch once closing began. */
    boolean refuses(boolean nav) {
        return closed || (!nav && !accepting);
    }

    /**
     * {@code run} counted in flight until it ends (the last to end after closing began signals idle),
     * and ended by close() wherever it is (waiting for a permit, a backoff, or the answer): cancelled,
     * failing with {@link ClientClosedException}, sent or not as {@code handed} says by then.
     */
    <T> Mono<T> guard(Mono<T> run, String route, AtomicBoolean handed) {
        return new Mono<>() {
            @Override
            public void subscribe(CoreSubscriber<? super T> actual) {
                run.subscribe(new Guard<>(actual, route, handed));
            }
        };
    }

    /** Refuses new calls, cancels calls in flight (a mutation that may have been sent: outcome unknown). Idempotent. */
    void close() {
        accepting = false;
        closed = true;
        for (Guard<?> g : calls) {
            g.closed();
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

    /**
     * One call in flight (a Mono): passes its signals through until it ends or close() ends it. The
     * value is held until the call completes, so that its end and close() cannot both reach the
     * subscriber.
     */
    private final class Guard<T> implements CoreSubscriber<T>, Subscription {

        @SuppressWarnings("rawtypes")
        private static final AtomicIntegerFieldUpdater<Guard> DONE = AtomicIntegerFieldUpdater.newUpdater(Guard.class, "done");

        private final CoreSubscriber<? super T> actual;
        private final String route;
        private final AtomicBoolean handed;
        private Subscription upstream;
        private T value;
        private volatile int done;

        Guard(CoreSubscriber<? super T> actual, String route, AtomicBoolean handed) {
            this.actual = actual;
            this.route = route;
            this.handed = handed;
        }

        @Override
        public Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (!Operators.validate(upstream, s)) {
                return;
            }
            upstream = s;
            inFlight.incrementAndGet();
            calls.add(this);
            actual.onSubscribe(this);
            if (closed) {
                // close() came between the check before this call and the registration above.
                closed();
            }
        }

        @Override
        public void onNext(T t) {
            if (done == 0 && value == null) {
                value = t;
            }
        }

        @Override
        public void onError(Throwable e) {
            if (end()) {
                actual.onError(e);
            }
        }

        @Override
        public void onComplete() {
            if (end()) {
                T v = value;
                value = null;
                if (v != null) {
                    actual.onNext(v);
                }
                actual.onComplete();
            }
        }

        @Override
        public void request(long n) {
            upstream.request(n);
        }

        @Override
        public void cancel() {
            if (end()) {
                upstream.cancel();
            }
        }

        /** close(): the call is cancelled where it is and fails. */
        void closed() {
            if (end()) {
                upstream.cancel();
                actual.onError(new ClientClosedException(route, handed.get()));
            }
        }

        /** Whether this is the call's end (the first of its end signals); if so, it leaves the calls in flight. */
        private boolean end() {
            if (!DONE.compareAndSet(this, 0, 1)) {
                return false;
            }
            calls.remove(this);
            if (inFlight.decrementAndGet() == 0 && !accepting) {
                signalIdle();
            }
            return true;
        }
    }
}
