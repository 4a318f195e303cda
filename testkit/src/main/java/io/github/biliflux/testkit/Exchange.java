package io.github.biliflux.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.biliflux.testkit.internal.Envelope;
import io.github.biliflux.testkit.internal.Json;
import io.github.biliflux.testkit.internal.Reply;
import io.github.biliflux.testkit.internal.Request;
import io.github.biliflux.testkit.internal.Route;
import io.github.biliflux.testkit.internal.Routes;
import io.github.biliflux.testkit.internal.WorldState;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** One HTTP exchange: parse, decide the fault, dispatch to the route, journal, answer. */
final class Exchange {

    private static final Logger LOG = LoggerFactory.getLogger(BiliEmulator.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final String HTML_412 = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>出错啦! - bilibili.com"
            + "</title></head><body><div class=\"error-container\"><h1>412 Precondition Failed</h1><p>由于触发哔哩哔哩安全风控"
            + "策略，该次访问请求被拒绝。</p><p>The request was rejected because of the bilibili security control policy."
            + "</p></div></body></html>";
    private static final String HTML_503 = "<html><head><title>503 Service Temporarily Unavailable</title></head>"
            + "<body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>Tengine</center>"
            + "</body></html>";

    private final WorldState world;
    private final Faults faults;
    private final Journal journal;

    Exchange(WorldState world, Faults faults, Journal journal) {
        this.world = world;
        this.faults = faults;
        this.journal = journal;
    }

    Publisher<Void> handle(HttpServerRequest req, HttpServerResponse res) {
        return req.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap(body -> {
            Request r = parse(req, body);
            Faults.Decision d = faults.decide(r.path());
            Mono<Void> answer = Mono.defer(() -> answer(r, d.fault(), res));
            return d.delay().isZero() ? answer : Mono.delay(d.delay()).then(answer);
        });
    }

    private Mono<Void> answer(Request r, Fault fault, HttpServerResponse res) {
        Route route = Routes.find(r.method(), r.path());
        Envelope env = route == null ? Envelope.API : route.envelope();
        String specId = route == null ? null : route.specId();
        if (fault == null) {
            Routes.Outcome o = dispatch(r);
            Reply.Raw raw = o.reply().raw();
            if (raw != null) {
                // Passport answers: Set-Cookie headers, or an HTML page (the correspond page, a 404 page).
                raw.setCookies().forEach(c -> res.addHeader(HttpHeaderNames.SET_COOKIE, c));
                record(r, o, true, raw.status(), o.reply().code(), null);
                return send(res, raw.status(), raw.html() != null ? "text/html; charset=utf-8" : JSON, o.body());
            }
            record(r, o, true, 200, o.reply().code(), null);
            return send(res, 200, JSON, o.body());
        }
        switch (fault) {
            case RESET_BEFORE_HANDLER -> {
                record(r, specId, 0, false, false, 0, null, fault);
                return reset(res);
            }
            case HTTP_5XX -> {
                record(r, specId, 0, false, false, 503, null, fault);
                return send(res, 503, "text/html; charset=utf-8", HTML_503.getBytes(StandardCharsets.UTF_8));
            }
            case HTTP_412_HTML, RATE_LIMITED -> {
                record(r, specId, 0, false, false, 412, null, fault);
                return send(res, 412, "text/html; charset=utf-8", HTML_412.getBytes(StandardCharsets.UTF_8));
            }
            case CODE_412, CODE_799, CODE_352 -> {
                int code = fault == Fault.CODE_412 ? -412 : fault == Fault.CODE_799 ? -799 : -352;
                String msg = fault == Fault.CODE_412 ? "请求被拦截" : fault == Fault.CODE_799 ? "请求过于频繁，请稍后再试"
                        : "风控校验失败";
                JsonNode data = fault == Fault.CODE_352
                        ? Json.obj().put("v_voucher", "voucher_" + Integer.toHexString(r.hashCode())) : null;
                record(r, specId, 0, false, false, 200, code, fault);
                return send(res, 200, JSON, Json.bytes(env.wrap(code, msg, data)));
            }
            case RESET_AFTER_HANDLER -> {
                Routes.Outcome o = dispatch(r);
                record(r, o, true, 0, null, fault);
                return reset(res);
            }
            case TRUNCATED_BODY -> {
                Routes.Outcome o = dispatch(r);
                record(r, o, true, 200, o.reply().code(), fault);
                return truncated(res, o.body());
            }
            case MALFORMED_JSON -> {
                Routes.Outcome o = dispatch(r);
                record(r, o, true, 200, o.reply().code(), fault);
                String text = new String(o.body(), StandardCharsets.UTF_8);
                byte[] broken = (text.substring(0, text.length() - 1) + ",\"data\":{\"list\":[{\"mid\":,}")
                        .getBytes(StandardCharsets.UTF_8);
                return send(res, 200, JSON, broken);
            }
            default -> throw new IllegalStateException("unknown fault " + fault);
        }
    }

    private Routes.Outcome dispatch(Request r) {
        try {
            return Routes.dispatch(r, world);
        } catch (RuntimeException e) {
            LOG.error("emulator handler failed for {} {}", r.method(), r.path(), e);
            return new Routes.Outcome(Routes.find(r.method(), r.path()), new Reply(-500, "服务器错误", null, false), 0,
                    Envelope.API);
        }
    }

    private static Mono<Void> send(HttpServerResponse res, int status, String contentType, byte[] body) {
        return res.status(status).header(HttpHeaderNames.CONTENT_TYPE, contentType)
                .sendByteArray(Mono.just(body)).then();
    }

    /**
     * Writes the status line, the headers (Content-Length of the whole body) and half of the body
     * straight to the channel, then closes it: the client sees a premature end of the body.
     */
    private static Mono<Void> truncated(HttpServerResponse res, byte[] full) {
        return Mono.create(sink -> res.withConnection(c -> {
            DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            head.headers().set(HttpHeaderNames.CONTENT_TYPE, JSON).set(HttpHeaderNames.CONTENT_LENGTH, full.length);
            c.channel().write(head);
            c.channel().writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(full, 0, full.length / 2)))
                    .addListener(f -> {
                        c.channel().close();
                        sink.success();
                    });
        }));
    }

    /** Drops the connection with a TCP reset and never answers. */
    private static Mono<Void> reset(HttpServerResponse res) {
        return Mono.fromRunnable(() -> res.withConnection(c -> {
            c.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            c.channel().close();
        }));
    }

    private void record(Request r, Routes.Outcome o, boolean ran, int status, Integer code, Fault fault) {
        record(r, o.route() == null ? null : o.route().specId(), o.callerMid(), ran, o.reply().mutated(), status,
                code, fault);
    }

    private void record(Request r, String specId, long caller, boolean ran, boolean mutated, int status,
                        Integer code, Fault fault) {
        String json = Json.parseOrNull(r.body()) != null ? r.body() : "";
        journal.add(new Journal.Entry(journal.nextSeq(), r.method(), r.path(), r.query(), r.form(), json,
                r.cookies().keySet(), r.headers().getOrDefault("user-agent", ""),
                r.headers().getOrDefault("referer", ""), specId, caller, ran, mutated, status, code, fault));
    }

    private static Request parse(HttpServerRequest req, String body) {
        QueryStringDecoder qs = new QueryStringDecoder(req.uri(), StandardCharsets.UTF_8);
        String contentType = req.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE, "");
        Map<String, String> form = Map.of();
        if (contentType.contains("x-www-form-urlencoded")
                || (!body.isEmpty() && !body.startsWith("{") && !contentType.contains("json") && body.contains("="))) {
            form = first(new QueryStringDecoder(body, StandardCharsets.UTF_8, false).parameters());
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : req.requestHeaders().getAll(HttpHeaderNames.COOKIE)) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    cookies.putIfAbsent(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                }
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("user-agent", "referer", "content-type")) {
            String v = req.requestHeaders().get(name);
            if (v != null) {
                headers.put(name, v);
            }
        }
        return new Request(req.method().name(), qs.path(), first(qs.parameters()), form, body, cookies, headers);
    }

    private static Map<String, String> first(Map<String, List<String>> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }
}
