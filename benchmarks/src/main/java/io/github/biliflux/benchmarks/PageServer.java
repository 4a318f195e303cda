package io.github.biliflux.benchmarks;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.URI;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A Reactor Netty server on 127.0.0.1 (a free port) that answers every request with the same bytes,
 * so the client side is all that differs between the benchmarks run against it.
 */
public final class PageServer implements AutoCloseable {

    private final DisposableServer server;

    private PageServer(byte[] body) {
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((req, res) -> res.header(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
                        .sendByteArray(Mono.just(body)))
                .bindNow(Duration.ofSeconds(10));
    }

    /** Starts a server answering {@code body} to every request. */
    public static PageServer start(byte[] body) {
        return new PageServer(body.clone());
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }
}
