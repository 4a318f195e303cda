package io.github.biliflux.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A local Reactor Netty server answering every request with one fixed answer: for what the emulator
 * cannot produce (a retired route's 404, codes and values outside the spec). Records the paths asked.
 */
public final class StubServer implements AutoCloseable {

    private final DisposableServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();

    private StubServer(int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> req.receive().then(Mono.defer(() -> {
                    paths.add(req.fullPath());
                    return res.status(status).header("Content-Type", contentType).sendByteArray(Mono.just(bytes)).then();
                })))
                .bindNow(Duration.ofSeconds(10));
    }

    /**
     * A server answering {@code body} as JSON with HTTP {@code status}.
     * @param status the status
     * @param body the body
     * @return a server answering {@code body} as JSON with HTTP {@code status}
     */
    public static StubServer json(int status, String body) {
        return new StubServer(status, "application/json; charset=utf-8", body);
    }

    /**
     * A server answering an HTML page with HTTP {@code status}.
     * @param status the status
     * @param body the body
     * @return a server answering an HTML page with HTTP {@code status}
     */
    public static StubServer html(int status, String body) {
        return new StubServer(status, "text/html; charset=utf-8", body);
    }

    /**
     * Where the server listens.
     *
     * @return {@code http://127.0.0.1:port}
     */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * The paths asked, with their queries, in order.
     *
     * @return a copy
     */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }
}
