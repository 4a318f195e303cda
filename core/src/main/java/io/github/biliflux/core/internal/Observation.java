package io.github.biliflux.core.internal;

import io.github.biliflux.core.BiliObserver;
import io.github.biliflux.core.Route;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The transport's side of {@link BiliObserver}: wraps the pipeline's steps and calls the
 * observer, never letting an observer's exception reach a request. One instance per client.
 */
public final class Observation {

    private static final Logger log = LoggerFactory.getLogger(Observation.class);

    /** No observer: every wrapper returns its argument unchanged. */
    public static final Observation NONE = new Observation(BiliObserver.NONE);

    private final BiliObserver observer;
    private final boolean active;

    /**
     * Calls to {@code observer}.
     * @param observer the observer
     */
    public Observation(BiliObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
        this.active = observer != BiliObserver.NONE;
    }

    /**
     * Whether an observer is set (else every wrapper returns its argument unchanged).
     * @return whether calls are observed
     */
    public boolean active() {
        return active;
    }

    /**
     * One call, all its attempts: started at subscription, finished with its outcome and latency;
     * a paged flux's page fetch learns its route here.
     * @param <T> the payload type
     * @param route the route called
     * @param call the call
     * @return {@code call}, observed
     */
    public <T> Mono<T> call(Route route, Mono<T> call) {
        if (!active) {
            return call;
        }
        return Mono.deferContextual(ctx -> {
            ctx.getOrEmpty(PageProbe.class).ifPresent(p -> ((PageProbe) p).bind(this, route));
            long start = System.nanoTime();
            AtomicBoolean ended = new AtomicBoolean();
            safe(() -> observer.requestStarted(route));
            return call
                    .doOnSuccess(v -> end(ended, route, BiliObserver.Outcome.SUCCESS, null, start))
                    .doOnError(e -> end(ended, route, BiliObserver.Outcome.of(e), e, start))
                    .doOnCancel(() -> end(ended, route, BiliObserver.Outcome.CANCELLED, null, start));
        });
    }

    private void end(AtomicBoolean ended, Route route, BiliObserver.Outcome outcome, Throwable e, long start) {
        if (ended.compareAndSet(false, true)) {
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            safe(() -> observer.requestFinished(route, outcome, e, latency));
        }
    }

    /**
     * Counts the attempts of one call: every subscription after the first is a retry.
     * @param <T> the payload type
     * @param route the route called
     * @param attempt one attempt, resubscribed by the retry operator
     * @return {@code attempt}, observed
     */
    public <T> Mono<T> attempts(Route route, Mono<T> attempt) {
        if (!active) {
            return attempt;
        }
        AtomicInteger n = new AtomicInteger();
        return Mono.defer(() -> {
            int k = n.incrementAndGet();
            if (k > 1) {
                safe(() -> observer.retried(route, k));
            }
            return attempt;
        });
    }

    /**
     * Times the wait for a rate-limit permit.
     * @param route the route called
     * @param pass the host gate's pass
     * @return {@code pass}, observed
     */
    public Mono<Void> permit(Route route, Mono<Void> pass) {
        if (!active) {
            return pass;
        }
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return pass.doOnSuccess(v -> safe(() -> observer.permitAcquired(route, Duration.ofNanos(System.nanoTime() - start))));
        });
    }

    /**
     * A throttling answer, and the cool-down it set.
     * @param route the route throttled
     * @param cooldownMillis the cool-down now in force, in milliseconds
     */
    public void throttled(Route route, long cooldownMillis) {
        if (active) {
            safe(() -> observer.throttled(route, Duration.ofMillis(cooldownMillis)));
        }
    }

    void page(Route route, int entries) {
        safe(() -> observer.pageReceived(route, entries));
    }

    private static void safe(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.debug("a BiliObserver failed; ignored: {}", e.toString());
        }
    }

    /**
     * Carries a page fetch's route back to its {@link io.github.biliflux.core.PagedFlux}: the paged
     * flux puts a probe in the fetch's context, the first call in it binds the probe, and the
     * paged flux reports the page through it. A fetch made without the transport stays unbound.
     */
    public static final class PageProbe {
        private volatile Observation observation;
        private volatile Route route;

        /** An unbound probe, one per page fetch. */
        public PageProbe() {
        }

        /**
         * The context to fetch a page in.
         * @param ctx the fetch's context
         * @return {@code ctx} with this probe
         */
        public Context into(Context ctx) {
            return ctx.put(PageProbe.class, this);
        }

        void bind(Observation o, Route r) {
            if (route == null) {
                route = r;
                observation = o;
            }
        }

        /**
         * Reports a received page, if a call bound this probe.
         * @param entries the page's new entries
         */
        public void page(int entries) {
            Observation o = observation;
            if (o != null) {
                o.page(route, entries);
            }
        }
    }
}
