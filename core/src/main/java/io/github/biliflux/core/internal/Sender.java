package io.github.biliflux.core.internal;

import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.BiliTransportException;
import io.github.biliflux.core.DeadlineExceededException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;
import reactor.util.context.Context;

/**
 * Sending one attempt: the request on the shared client with its own Cookie header, a secret query
 * kept out of Reactor Netty's logs ({@link QueryOutOfLogs}), the whole exchange bounded by the
 * deadline and wire failures mapped to {@link BiliTransportException}.
 *
 * <p>The attempt is one operator ({@link Wire}): it starts the deadline when a connection takes the
 * request, takes the single answer, and maps a failure, where {@code singleOrEmpty}, {@code timeout}
 * with a companion publisher, {@code doOnNext}, {@code onErrorMap} and {@code contextWrite} cost a
 * subscriber, a subscription and (for {@code timeout}) a scan of the operator names each, per request.
 */
final class Sender {

    /** Transport's logger: the wire logs keep its name. */
    private static final Logger log = LoggerFactory.getLogger(Transport.class);

    private final HttpClient http;
    private final Supplier<Scheduler> scheduler;
    private final Duration deadline;
    private final long deadlineNanos;
    private final BodyReader bodies;

    /** A sender of {@code config}'s client, waiting for the deadline on its scheduler. */
    Sender(TransportConfig config) {
        // Every header that does not change per request is set once, on the shared client; the Cookie
        // header changes with the session, so each request sets its own.
        this.http = config.http()
                .headers(h -> h.set(HttpHeaderNames.USER_AGENT, config.userAgent())
                        .set(HttpHeaderNames.REFERER, config.referer())
                        .set(HttpHeaderNames.ACCEPT, "application/json, text/plain, */*"))
                .doOnConnected(QueryOutOfLogs::install);
        this.scheduler = config.scheduler();
        this.deadline = config.deadline();
        this.deadlineNanos = deadline.toNanos();
        this.bodies = new BodyReader(config.maxResponseBytes());
    }

    /**
     * Sends {@code p}, the signed form of {@code req} (named {@code route} in messages), and reads its
     * answer within the deadline; {@code handedToCall} is set once a connection takes the request.
     * Each subscription is one attempt.
     */
    Mono<Transport.Raw> send(ApiRequest req, String route, Requests.Prepared p, AtomicBoolean handedToCall) {
        return new Mono<>() {
            @Override
            public void subscribe(CoreSubscriber<? super Transport.Raw> actual) {
                Wire wire = new Wire(actual, route, handedToCall);
                if (log.isTraceEnabled()) {
                    log.trace("{} -> {} {}", route, req.host(), p.logQuery());
                }
                String uri = p.secretQuery() || p.query().isEmpty() ? p.uri() : p.uri() + "?" + p.query();
                // Per-request headers go on the request itself: HttpClient.headers(..) would copy the
                // client's whole configuration on every call.
                http.request(HttpMethod.valueOf(req.method().name())).uri(uri).send((request, out) -> {
                            out.withConnection(wire::taken);
                            if (p.cookie() != null) {
                                request.header(HttpHeaderNames.COOKIE, p.cookie());
                            }
                            if (p.secretQuery()) {
                                request.header(QueryOutOfLogs.HEADER, p.query());
                            }
                            if (p.body() == null) {
                                return out;
                            }
                            request.header(HttpHeaderNames.CONTENT_TYPE, p.contentType());
                            request.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(p.body().length));
                            return out.sendByteArray(Mono.just(p.body()));
                        })
                        .response((res, content) -> bodies.read(route, res, content))
                        .subscribe(wire);
            }
        };
    }

    /**
     * One attempt's subscriber to Reactor Netty: the single answer, the deadline (armed when a
     * connection takes the request: until then nothing of it can have been written, and the wait
     * for a connection is bounded by the pool's acquire timeout), and wire failures typed. The
     * deadline covers the whole exchange, body included: Reactor Netty's responseTimeout is reset by
     * every read. Exactly one terminal signal reaches {@code actual}: the first of the answer, a
     * failure, the deadline or a cancellation wins.
     */
    private final class Wire implements CoreSubscriber<Transport.Raw>, Subscription {

        private static final AtomicIntegerFieldUpdater<Wire> DONE = AtomicIntegerFieldUpdater.newUpdater(Wire.class, "done");

        private final CoreSubscriber<? super Transport.Raw> actual;
        private final String route;
        private final AtomicBoolean handedToCall;
        private final long start = System.nanoTime();
        private Subscription upstream;
        private Transport.Raw answer;
        /** Set when a connection takes the request. */
        private volatile boolean handed;
        private volatile Disposable timer;
        private volatile int done;

        Wire(CoreSubscriber<? super Transport.Raw> actual, String route, AtomicBoolean handedToCall) {
            this.actual = actual;
            this.route = route;
            this.handedToCall = handedToCall;
        }

        /**
         * {@code connection} took the request (on its event loop): the deadline starts. On a scheduler
         * of reactor-core's own (real time: the default, Reactor's parallel scheduler) the timer runs
         * on the connection's event loop instead, the thread that ends the exchange anyway: a task
         * scheduled on another thread's queue wakes that thread up, once per request (measured: a
         * quarter of the stream's throughput with one page in flight, docs/benchmarks.md). A test's
         * virtual-time scheduler drives the deadline as before.
         */
        void taken(Connection connection) {
            handed = true;
            handedToCall.set(true);
            if (timer != null || done != 0) {
                return;
            }
            Scheduler s = scheduler.get();
            if (s.getClass().getName().startsWith("reactor.core.scheduler.")) {
                ScheduledFuture<?> f = connection.channel().eventLoop().schedule(this::expire, deadlineNanos, TimeUnit.NANOSECONDS);
                timer = () -> f.cancel(false);
            } else {
                timer = s.schedule(this::expire, deadlineNanos, TimeUnit.NANOSECONDS);
            }
            if (done != 0) {
                timer.dispose();
            }
        }

        @Override
        public Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (Operators.validate(upstream, s)) {
                upstream = s;
                actual.onSubscribe(this);
            }
        }

        @Override
        public void request(long n) {
            if (Operators.validate(n)) {
                upstream.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(Transport.Raw raw) {
            if (done == 0 && answer == null) {
                answer = raw;
            }
        }

        @Override
        public void onError(Throwable e) {
            if (!DONE.compareAndSet(this, 0, 1)) {
                // After the deadline or a cancellation this attempt already ended: what the
                // cancelled exchange reports now goes nowhere.
                log.debug("{}: after the attempt ended: {}", route, e.toString());
                return;
            }
            stopTimer();
            actual.onError(typed(e));
        }

        @Override
        public void onComplete() {
            if (!DONE.compareAndSet(this, 0, 1)) {
                return;
            }
            stopTimer();
            Transport.Raw raw = answer;
            answer = null;
            if (raw != null) {
                if (log.isDebugEnabled()) {
                    log.debug("{} <- HTTP {} ({} bytes, {} ms)", route, raw.status(), raw.body().length, (System.nanoTime() - start) / 1_000_000);
                }
                actual.onNext(raw);
            }
            actual.onComplete();
        }

        @Override
        public void cancel() {
            if (DONE.compareAndSet(this, 0, 1)) {
                stopTimer();
                upstream.cancel();
            }
        }

        private void expire() {
            if (DONE.compareAndSet(this, 0, 1)) {
                upstream.cancel();
                BiliTransportException t = new DeadlineExceededException(route, deadline, !handed);
                log.debug("{} failed on the wire ({}): the deadline of {} ms passed", route, t.notSent() ? "not sent" : "may have been sent",
                        deadline.toMillis());
                actual.onError(t);
            }
        }

        private void stopTimer() {
            Disposable t = timer;
            if (t != null) {
                t.dispose();
            }
        }

        private Throwable typed(Throwable e) {
            if (e instanceof BiliException) {
                return e;
            }
            BiliTransportException t = Errors.wire(route, e, handed);
            log.debug("{} failed on the wire ({}): {}", route, t.notSent() ? "not sent" : "may have been sent", e.toString());
            return t;
        }
    }
}
