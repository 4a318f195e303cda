package io.github.biliflux.core.internal;

import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.BiliTransportException;
import io.github.biliflux.core.DeadlineExceededException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;

/**
 * Sending one attempt: the request on the shared client, its Cookie header in the subscriber
 * context, a secret query kept out of Reactor Netty's logs ({@link QueryOutOfLogs}), the whole
 * exchange bounded by the deadline and wire failures mapped to {@link BiliTransportException}.
 */
final class Sender {

    /** Transport's logger: the wire logs keep its name. */
    private static final Logger log = LoggerFactory.getLogger(Transport.class);
    private static final String COOKIE_KEY = "biliflux.cookie";

    private final HttpClient http;
    private final Supplier<Scheduler> scheduler;
    private final Duration deadline;
    private final BodyReader bodies;

    /** A sender of {@code config}'s client, waiting for the deadline on its scheduler. */
    Sender(TransportConfig config) {
        // Every header that does not change per request is set once, on the shared client; the Cookie
        // header changes with the session, so each attempt carries its own in the subscriber context.
        this.http = config.http()
                .headers(h -> h.set(HttpHeaderNames.USER_AGENT, config.userAgent())
                        .set(HttpHeaderNames.REFERER, config.referer())
                        .set(HttpHeaderNames.ACCEPT, "application/json, text/plain, */*"))
                .doOnRequest((r, c) -> r.currentContextView().<String>getOrEmpty(COOKIE_KEY)
                        .ifPresent(v -> r.header(HttpHeaderNames.COOKIE, v)))
                .doOnConnected(QueryOutOfLogs::install);
        this.scheduler = config.scheduler();
        this.deadline = config.deadline();
        this.bodies = new BodyReader(config.maxResponseBytes());
    }

    /**
     * Sends {@code p}, the signed form of {@code req}, and reads its answer within the deadline;
     * {@code handedToCall} is set once a connection takes the request.
     */
    Mono<Transport.Raw> send(ApiRequest req, Requests.Prepared p, AtomicBoolean handedToCall) {
        String route = req.route().describe();
        long start = System.nanoTime();
        if (log.isTraceEnabled()) {
            log.trace("{} -> {} {}", route, req.host(), p.logQuery());
        }
        // Per-request headers go on the request itself: HttpClient.headers(..) would copy the
        // client's whole configuration on every call.
        HttpClient.RequestSender sender = http.request(HttpMethod.valueOf(req.method().name()));
        String uri = p.secretQuery() || p.query().isEmpty() ? p.uri() : p.uri() + "?" + p.query();
        // Set when a connection takes the request: until then nothing of it can have been written.
        AtomicBoolean handed = new AtomicBoolean();
        Sinks.Empty<Void> taken = Sinks.empty();
        HttpClient.ResponseReceiver<?> receiver = sender.uri(uri).send((request, out) -> {
                    handed.set(true);
                    handedToCall.set(true);
                    taken.tryEmitEmpty();
                    if (p.secretQuery()) {
                        request.header(QueryOutOfLogs.HEADER, p.query());
                    }
                    if (p.body() == null) {
                        return out;
                    }
                    request.header(HttpHeaderNames.CONTENT_TYPE, p.contentType());
                    request.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(p.body().length));
                    return out.sendByteArray(Mono.just(p.body()));
                });
        return receiver
                .response((res, content) -> bodies.read(route, res, content))
                .singleOrEmpty()
                // The whole exchange from the moment a connection takes the request, body included:
                // Reactor Netty's responseTimeout is reset by every read. (The wait for a connection
                // is bounded by the pool's acquire timeout.)
                .timeout(taken.asMono().then(Mono.delay(deadline, scheduler.get())))
                .doOnNext(raw -> {
                    if (log.isDebugEnabled()) {
                        log.debug("{} <- HTTP {} ({} bytes, {} ms)", route, raw.status(), raw.body().length,
                                (System.nanoTime() - start) / 1_000_000);
                    }
                })
                .onErrorMap(e -> !(e instanceof BiliException), e -> {
                    BiliTransportException t = e instanceof TimeoutException && !e.getClass().getName().startsWith("reactor.netty")
                            ? new DeadlineExceededException(route, deadline, !handed.get())
                            : Errors.wire(route, e, handed.get());
                    log.debug("{} failed on the wire ({}): {}", route, t.notSent() ? "not sent" : "may have been sent", e.toString());
                    return t;
                })
                .contextWrite(ctx -> p.cookie() == null ? ctx : ctx.put(COOKIE_KEY, p.cookie()));
    }
}
