package io.github.biliflux.core;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.NettyOutbound;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A local Reactor Netty server on port 0 that answers from a script and records every request it
 * read, for tests of the transport that need exact control of the wire (resets, HTML, truncation).
 */
final class ScriptedServer implements AutoCloseable {

    /** A request as the server read it. */
    record Received(String method, String path, String query, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** What to answer. */
    interface Answer {
        Mono<Void> answer(Received req, HttpServerRequest raw, HttpServerResponse res);
    }

    private final DisposableServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedDeque<Answer>> scripts = new ConcurrentHashMap<>();
    private volatile Function<Received, Answer> fallback = r -> json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":null}");

    ScriptedServer() {
        server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> req.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                        .flatMap(body -> {
                            URI u = URI.create(req.uri());
                            Map<String, String> headers = new ConcurrentHashMap<>();
                            req.requestHeaders().forEach(e -> headers.put(e.getKey().toLowerCase(), e.getValue()));
                            Received r = new Received(req.method().name(), u.getRawPath(), u.getRawQuery() == null ? "" : u.getRawQuery(), headers, body);
                            received.add(r);
                            ConcurrentLinkedDeque<Answer> q = scripts.get(r.path());
                            Answer a = q == null ? null : q.pollFirst();
                            return (a != null ? a : fallback.apply(r)).answer(r, req, res);
                        }))
                .bindNow();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Queues answers for {@code path}, used in order, then the fallback. */
    ScriptedServer script(String path, Answer... answers) {
        ConcurrentLinkedDeque<Answer> q = scripts.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>());
        q.addAll(List.of(answers));
        return this;
    }

    ScriptedServer fallback(Function<Received, Answer> f) {
        this.fallback = f;
        return this;
    }

    List<Received> received() {
        return received;
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    static Answer json(int status, String body) {
        return (r, req, res) -> res.status(HttpResponseStatus.valueOf(status))
                .header("Content-Type", "application/json; charset=utf-8")
                .sendString(Mono.just(body)).then();
    }

    static Answer ok(String dataJson) {
        return json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":" + dataJson + "}");
    }

    static Answer code(int code, String message) {
        return json(200, "{\"code\":" + code + ",\"message\":\"" + message + "\",\"ttl\":1}");
    }

    static Answer html(int status) {
        return (r, req, res) -> res.status(HttpResponseStatus.valueOf(status))
                .header("Content-Type", "text/html")
                .sendString(Mono.just("<html><body><h1>412 Precondition Failed</h1></body></html>")).then();
    }

    /** Reads the request, then drops the connection without answering. */
    static Answer reset() {
        return (r, req, res) -> {
            req.withConnection(c -> c.channel().close());
            return Mono.never();
        };
    }

    /** Promises a long body and closes after a part of it. */
    static Answer truncated() {
        return (r, req, res) -> {
            req.withConnection(c -> {
                String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"code\":0,\"message\":\"0\",\"data\":{\"li";
                c.channel().writeAndFlush(io.netty.buffer.Unpooled.copiedBuffer(head, StandardCharsets.UTF_8))
                        .addListener(f -> c.channel().close());
            });
            return Mono.never();
        };
    }

    /** Answers after {@code millis} of real time (for response-timeout tests only). */
    static Answer never() {
        return (r, req, res) -> Mono.never();
    }

    static NettyOutbound none(HttpServerResponse res) {
        return res;
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
