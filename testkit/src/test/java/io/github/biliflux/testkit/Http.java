package io.github.biliflux.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.testkit.internal.Signatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A plain JDK HTTP client for the tests: never the biliflux core. */
final class Http {

    static final String ANDROID_KEY = "1d8b6e7d45233436";
    static final String ANDROID_SEC = "560c52ccd288fed045859ed18bffd973";
    static final String MANGA_KEY = "cc8617fd6961e070";
    static final String MANGA_SEC = "3131924b941aac971e45189f265262be";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One answer. */
    record Res(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int code() {
            return json().path("code").asInt();
        }

        JsonNode data() {
            return json().path("data");
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    Res get(String path, Map<String, String> query, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path, query)).GET();
        return send(b, cookie);
    }

    Res post(String path, Map<String, String> form, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path, Map.of()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        return send(b, cookie);
    }

    Res postJson(String path, Map<String, String> query, String json, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path, query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(b, cookie);
    }

    /** Sends and returns the answer, or throws IOException (reset, truncated body). */
    Res trySend(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    HttpRequest.Builder request(String path, Map<String, String> query) {
        return HttpRequest.newBuilder(uri(path, query)).timeout(Duration.ofSeconds(10));
    }

    private Res send(HttpRequest.Builder b, String cookie) {
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        b.header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) biliflux-testkit-tests");
        b.timeout(Duration.ofSeconds(10));
        try {
            return trySend(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path, Map<String, String> query) {
        String q = encode(query);
        return base.resolve(path + (q.isEmpty() ? "" : "?" + q));
    }

    static String encode(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    /** The params plus access_key, appkey, ts and the MD5 sign (PROTOCOL.md). */
    static Map<String, String> appSigned(Map<String, String> params, String accessKey, String appKey, String appSec) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("access_key", accessKey);
        p.put("appkey", appKey);
        p.put("ts", "1700000000");
        p.put("sign", Signatures.appSign(p, appSec));
        return p;
    }

    /** The params plus wts and w_rid under the given keys. */
    static Map<String, String> wbiSigned(Map<String, String> params, World.WbiKeys keys) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("wts", "1702204169");
        p.put("w_rid", Signatures.wRid(p, keys.mixinKey()));
        return p;
    }
}
