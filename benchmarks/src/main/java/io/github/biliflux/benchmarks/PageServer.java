package io.github.biliflux.benchmarks;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * A Reactor Netty server on 127.0.0.1 (a free port) that answers with bytes prepared before it
 * starts, so the client side is all that differs between the benchmarks run against it. It runs on
 * its own event loop, whose threads are named {@value #THREAD_PREFIX}..., so a harness can leave its
 * CPU time and allocation out of the client's.
 */
public final class PageServer implements AutoCloseable {

    /** The name prefix of the server's threads. */
    public static final String THREAD_PREFIX = "page-server";

    private final LoopResources loop = LoopResources.create(THREAD_PREFIX, 1, true);
    private final DisposableServer server;

    private PageServer(IntFunction<byte[]> byPage) {
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .runOn(loop)
                .handle((req, res) -> res.header(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
                        .sendByteArray(Mono.just(byPage.apply(pn(req.uri())))))
                .bindNow(Duration.ofSeconds(10));
    }

    /** Starts a server answering {@code body} to every request. */
    public static PageServer start(byte[] body) {
        byte[] b = body.clone();
        return new PageServer(pn -> b);
    }

    /**
     * Starts a server of a list of {@code pages} full pages ({@link FollowersPage#bytes(int, long)},
     * total {@code pages * 50}), answering the page of the request's {@code pn} (an empty list past the
     * last), whatever its {@code vmid}.
     */
    public static PageServer paged(int pages) {
        long total = (long) pages * FollowersPage.SIZE;
        byte[][] bodies = new byte[pages + 1][];
        for (int pn = 1; pn <= pages; pn++) {
            bodies[pn] = FollowersPage.bytes(pn, total);
        }
        byte[] past = ("{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":{\"list\":[],\"re_version\":0,\"total\":" + total + "}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new PageServer(pn -> pn >= 1 && pn <= pages ? bodies[pn] : past);
    }

    /**
     * {@code PageServer [PAGES]}: serves a list of PAGES (default 200) pages until killed; prints its
     * base URL on the first line of stdout (for benchmarks/cold-start.sh).
     */
    public static void main(String[] args) throws InterruptedException {
        PageServer s = paged(args.length > 0 ? Integer.parseInt(args[0]) : 200);
        System.out.println(s.baseUri());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static int pn(String uri) {
        List<String> pn = new QueryStringDecoder(uri).parameters().get("pn");
        try {
            return pn == null || pn.isEmpty() ? 1 : Integer.parseInt(pn.get(0));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
        loop.disposeLater().block(Duration.ofSeconds(5));
    }
}
