package io.github.biliflux.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.biliflux.core.AccessDeniedException;
import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.BiliTransportException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.DecodingException;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Envelope;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.MalformedResponseException;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.core.RiskControlException;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.ServerErrorException;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;

/**
 * The one pipeline every request goes through: credentials check, host gate (cool-down and rate
 * limit), signing (fresh {@code ts}/{@code wts} per attempt), sending, envelope decoding and
 * error mapping, all inside the Resilience4j retry (the gate inside it, so every attempt pays a
 * permit). Mutations are retried only when provably not sent; a lost answer to one becomes
 * {@link OutcomeUnknownException}.
 */
public final class Transport {

    private static final Logger log = LoggerFactory.getLogger(Transport.class);
    private static final byte[] EMPTY = new byte[0];
    private static final Set<String> SECRET_PARAMS = Set.of("access_key", "sign", "csrf", "csrf_token", "w_rid", "access_token", "refresh_token");
    private static final Route NAV = Route.get("nav", Host.API, "/x/web-interface/nav", Auth.NONE);

    /** An answer as received. */
    public record Raw(int status, String contentType, byte[] body) {
    }

    /** Turns an answer into a value (null for none) or throws a {@link BiliException}. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(Route route, Raw raw);
    }

    /** A signed request: the URI without its query, which travels apart (see {@link QueryOutOfLogs}). */
    private record Prepared(String uri, String query, boolean secretQuery, byte[] body, String contentType, String logQuery) {
    }

    private final HttpClient http;
    private final Endpoints endpoints;
    private final Credentials credentials;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final Map<Host, HostGate> gates;
    private final Retry readRetry;
    private final Retry mutationRetry;
    private final WbiKeys wbiKeys;
    private final Map<JavaType, ObjectReader> readers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Observation observation;

    public Transport(HttpClient http, Endpoints endpoints, Credentials credentials, Clock clock,
                     Supplier<Scheduler> scheduler, ObjectMapper mapper, Map<Host, HostGate> gates,
                     RetryPolicy retry, java.time.Duration wbiKeyTtl, String userAgent, String referer) {
        this(http, endpoints, credentials, clock, scheduler, mapper, gates, retry, wbiKeyTtl, userAgent, referer, Observation.NONE);
    }

    public Transport(HttpClient http, Endpoints endpoints, Credentials credentials, Clock clock,
                     Supplier<Scheduler> scheduler, ObjectMapper mapper, Map<Host, HostGate> gates,
                     RetryPolicy retry, java.time.Duration wbiKeyTtl, String userAgent, String referer,
                     Observation observation) {
        String cookieHeader = credentials instanceof Credentials.Cookie c ? c.header() : null;
        // Every header that does not change per request is set once, on the shared client.
        this.http = http
                .headers(h -> {
                    h.set(HttpHeaderNames.USER_AGENT, userAgent)
                            .set(HttpHeaderNames.REFERER, referer)
                            .set(HttpHeaderNames.ACCEPT, "application/json, text/plain, */*");
                    if (cookieHeader != null) {
                        h.set(HttpHeaderNames.COOKIE, cookieHeader);
                    }
                })
                .doOnConnected(QueryOutOfLogs::install);
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.clock = clock;
        this.mapper = mapper;
        this.gates = gates;
        this.readRetry = retry("biliflux-read", retry, Errors::retryableRead);
        this.mutationRetry = retry("biliflux-mutation", retry, Errors::retryableMutation);
        this.wbiKeys = new WbiKeys(this::fetchWbiKeys, clock, wbiKeyTtl);
        this.observation = observation;
    }

    private static Retry retry(String name, RetryPolicy p, Predicate<Throwable> retryable) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(p.maxAttempts())
                .intervalBiFunction((attempt, either) -> {
                    long base = p.backoff(attempt).toMillis();
                    long jitter = (long) (base * p.jitter());
                    return base - jitter + (jitter > 0 ? ThreadLocalRandom.current().nextLong(2 * jitter + 1) : 0);
                })
                .retryOnException(retryable)
                .failAfterMaxAttempts(false)
                .build();
        return Retry.of(name, config);
    }

    /** The mapper answers are decoded with. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The WBI key cache. */
    public WbiKeys wbiKeys() {
        return wbiKeys;
    }

    /** Sends {@code req} and decodes its envelope's payload as {@code type}; empty when there is none. */
    public <T> Mono<T> exchange(ApiRequest req, JavaType type) {
        return exchange(req, type, Function.identity());
    }

    /**
     * Sends {@code req}, decodes its payload as {@code type} and converts it with {@code convert},
     * both inside the decoding step: whatever {@code convert} throws becomes a {@link DecodingException}.
     */
    public <T, R> Mono<R> exchange(ApiRequest req, JavaType type, Function<? super T, ? extends R> convert) {
        ObjectReader reader = readers.computeIfAbsent(type,
                t -> mapper.readerFor(mapper.getTypeFactory().constructParametricType(Answer.class, t)));
        return execute(req, (route, raw) -> {
            T value = decodeEnvelope(route, raw, reader);
            return value == null ? null : convert.apply(value);
        });
    }

    /** Sends {@code req} through the whole pipeline, decoding each answer with {@code decoder}. */
    public <T> Mono<T> execute(ApiRequest req, Decoder<T> decoder) {
        String route = req.route().describe();
        return observation.call(req.route(), Mono.defer(() -> {
            MissingCredentialsException missing = checkAuth(req, route);
            if (missing != null) {
                return Mono.error(missing);
            }
            Mono<T> run = withRetry(req, decoder);
            if (req.route().wbi()) {
                // Keys rotate: a refusal of the signature refreshes them once.
                run = run.onErrorResume(e -> e instanceof RiskControlException || e instanceof AccessDeniedException, e -> {
                    log.debug("{}: WBI signature refused ({}), refreshing keys once", route, e.getClass().getSimpleName());
                    wbiKeys.invalidate();
                    return withRetry(req, decoder);
                });
            }
            if (!req.idempotent()) {
                run = run.onErrorMap(Errors::outcomeUnknown, e -> new OutcomeUnknownException(route, e));
            }
            return run;
        }));
    }

    private <T> Mono<T> withRetry(ApiRequest req, Decoder<T> decoder) {
        return observation.attempts(req.route(), attempt(req, decoder)).transformDeferred(RetryOperator.of(req.idempotent() ? readRetry : mutationRetry));
    }

    private <T> Mono<T> attempt(ApiRequest req, Decoder<T> decoder) {
        Route route = req.route();
        String name = route.describe();
        HostGate gate = gates.get(route.host());
        return observation.permit(route, gate.pass(name))
                .then(prepare(req))
                .flatMap(p -> send(req, p))
                .<T>handle((raw, sink) -> {
                    T value;
                    try {
                        value = decoder.decode(route, raw);
                    } catch (BiliException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // A value the records or a converter refuse (NPE, ArithmeticException, DateTimeException ...).
                        throw new DecodingException(name, e.toString(), e);
                    }
                    if (value != null) {
                        sink.next(value);
                    }
                })
                .doOnSuccess(v -> gate.succeeded())
                .doOnError(e -> {
                    if (Errors.throttles(e)) {
                        gate.throttled();
                        observation.throttled(route, gate.cooldownRemainingMillis());
                        log.debug("{}: throttled ({}), host {} cools down {} ms", name, e.getMessage(), route.host(), gate.cooldownRemainingMillis());
                    }
                });
    }

    private MissingCredentialsException checkAuth(ApiRequest req, String route) {
        Credentials c = credentials;
        boolean cookie = c instanceof Credentials.Cookie;
        boolean cookieMid = c instanceof Credentials.Cookie k && k.dedeUserId() > 0;
        boolean app = c instanceof Credentials.App;
        Auth a = req.auth();
        boolean ok = switch (a) {
            case NONE -> true;
            case COOKIE -> cookie;
            case COOKIE_WITH_MID -> cookieMid;
            case APP -> app;
            case COOKIE_OR_APP -> cookie || app;
            case COOKIE_WITH_MID_OR_APP -> cookieMid || app;
        };
        if (ok) {
            return null;
        }
        String need = switch (a) {
            case COOKIE -> "cookie credentials (SESSDATA)";
            case COOKIE_WITH_MID -> "cookie credentials with a non-zero DedeUserID";
            case APP -> "app credentials (access_key)";
            case COOKIE_OR_APP -> "cookie or app credentials";
            default -> "cookie credentials with a non-zero DedeUserID, or app credentials";
        };
        String have = app ? "app credentials" : cookie ? "cookie credentials without DedeUserID" : "no credentials";
        return new MissingCredentialsException(route, need, have);
    }

    private Mono<Prepared> prepare(ApiRequest req) {
        if (!req.route().wbi()) {
            return Mono.fromCallable(() -> sign(req, null));
        }
        return wbiKeys.keys().map(k -> sign(req, k));
    }

    private Prepared sign(ApiRequest req, WbiKeys.Keys wbi) {
        Map<String, String> query = new LinkedHashMap<>(req.query());
        Map<String, String> form = new LinkedHashMap<>(req.form());
        String ts = Long.toString(clock.instant().getEpochSecond());
        if (credentials instanceof Credentials.Cookie c && req.bodyKind() == ApiRequest.BodyKind.FORM) {
            form.put("csrf", c.biliJct());
        }
        // App mode signs first; on a WBI route w_rid then covers every parameter, sign included.
        if (credentials instanceof Credentials.App app && req.auth() != Auth.NONE) {
            Map<String, String> target = req.bodyKind() == ApiRequest.BodyKind.FORM ? form : query;
            var key = req.route().appKey() != null ? req.route().appKey() : app.appKey();
            target.putAll(req.appParams());
            target.put("access_key", app.accessKey());
            target.put("appkey", key.appKey());
            target.put("ts", ts);
            Map<String, String> sorted = new TreeMap<>(target);
            String sign = Signing.appSign(sorted, key.appSec());
            target.clear();
            target.putAll(sorted);
            target.put("sign", sign);
        }
        String qs;
        if (wbi != null) {
            query.put("wts", ts);
            String wq = Signing.wbiQuery(query);
            qs = wq + "&w_rid=" + Signing.wRid(wq, wbi.mixinKey());
        } else {
            qs = join(query);
        }
        String uri = endpoints.base(req.host()) + req.path();
        byte[] body = null;
        String contentType = null;
        if (req.bodyKind() == ApiRequest.BodyKind.FORM) {
            body = join(form).getBytes(StandardCharsets.UTF_8);
            contentType = "application/x-www-form-urlencoded; charset=UTF-8";
        } else if (req.bodyKind() == ApiRequest.BodyKind.JSON) {
            try {
                body = mapper.writeValueAsBytes(req.json());
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the JSON body of " + req.route().describe() + " cannot be written: " + e.getOriginalMessage(), e);
            }
            contentType = "application/json; charset=UTF-8";
        }
        String logQuery = log.isTraceEnabled() ? redact(query) + (form.isEmpty() ? "" : " form " + redact(form)) : null;
        boolean secretQuery = wbi != null || query.keySet().stream().anyMatch(SECRET_PARAMS::contains);
        return new Prepared(uri, qs, secretQuery, body, contentType, logQuery);
    }

    private static String join(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(Signing.formEncode(k)).append('=').append(Signing.formEncode(v));
        });
        return sb.toString();
    }

    /** Query and form values for TRACE logs, every credential and signature replaced. */
    static String redact(Map<String, String> params) {
        Map<String, String> m = new LinkedHashMap<>();
        params.forEach((k, v) -> m.put(k, SECRET_PARAMS.contains(k) ? "<redacted>" : v));
        return m.toString();
    }

    private Mono<Raw> send(ApiRequest req, Prepared p) {
        String route = req.route().describe();
        long start = System.nanoTime();
        if (log.isTraceEnabled()) {
            log.trace("{} -> {} {}", route, req.host(), p.logQuery());
        }
        // Per-request headers go on the request itself: HttpClient.headers(..) would copy the
        // client's whole configuration on every call.
        HttpClient.RequestSender sender = http.request(HttpMethod.valueOf(req.method().name()));
        String uri = p.secretQuery() || p.query().isEmpty() ? p.uri() : p.uri() + "?" + p.query();
        HttpClient.ResponseReceiver<?> receiver = p.body() == null && !p.secretQuery()
                // No body and no secret in the query (cookie logins, unsigned reads): the plain path.
                ? sender.uri(uri)
                : sender.uri(uri).send((request, out) -> {
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
                .responseSingle((res, content) -> content.asByteArray().defaultIfEmpty(EMPTY)
                        .map(b -> new Raw(res.status().code(), res.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE), b)))
                .doOnNext(raw -> {
                    if (log.isDebugEnabled()) {
                        log.debug("{} <- HTTP {} ({} bytes, {} ms)", route, raw.status(), raw.body().length,
                                (System.nanoTime() - start) / 1_000_000);
                    }
                })
                .onErrorMap(e -> !(e instanceof BiliException), e -> {
                    boolean notSent = Errors.provablyNotSent(e);
                    log.debug("{} failed on the wire ({}): {}", route, notSent ? "not sent" : "may have been sent", e.toString());
                    return new BiliTransportException(route, e, notSent);
                });
    }

    /** The envelope shape shared by all four envelopes; unknown fields are ignored. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Answer<T>(Integer code, String message, String msg, T data, T number) {
    }

    private <T> T decodeEnvelope(Route route, Raw raw, ObjectReader reader) {
        String name = route.describe();
        int status = raw.status();
        checkStatus(name, raw);
        Answer<T> answer;
        try {
            answer = reader.readValue(raw.body());
        } catch (JsonParseException e) {
            throw unreadable(name, raw, "not JSON (" + e.getClass().getSimpleName() + ")", e);
        } catch (JsonMappingException | RuntimeException e) {
            // Well-formed JSON that the records refuse: a shape problem, unless the envelope says otherwise.
            return fromTree(route, raw, e);
        } catch (IOException e) {
            throw unreadable(name, raw, "unreadable (" + e.getClass().getSimpleName() + ")", e);
        }
        if (answer == null || answer.code() == null) {
            throw unreadable(name, raw, "no code in the envelope", null);
        }
        if (answer.code() != 0) {
            String msg = route.envelope() == Envelope.MANGA && answer.msg() != null ? answer.msg()
                    : answer.message() != null ? answer.message() : answer.msg();
            throw Errors.map(route, new ApiError(answer.code(), msg, name, status, answer.code() == -352 ? voucher(raw) : null));
        }
        if (status / 100 != 2) {
            throw unreadable(name, raw, "code 0 with HTTP " + status, null);
        }
        return route.envelope() == Envelope.NUMBER ? answer.number() : answer.data();
    }

    private static void checkStatus(String name, Raw raw) {
        int status = raw.status();
        if (status == 412) {
            throw new RateLimitedException(new ApiError(-412, "request intercepted by the gateway", name, 412, null));
        }
        if (status >= 300 && status < 400) {
            throw new MalformedResponseException(name, status, "a redirect, not followed (credentials stay with the configured hosts)", null);
        }
        if (raw.body().length == 0) {
            throw unreadable(name, raw, "empty body", null);
        }
    }

    private static BiliException unreadable(String name, Raw raw, String what, Throwable cause) {
        if (raw.status() >= 500) {
            return new ServerErrorException(new ApiError(-raw.status(), "HTTP " + raw.status(), name, raw.status(), null));
        }
        String ct = raw.contentType() == null ? "no content type" : raw.contentType();
        return new MalformedResponseException(name, raw.status(), what + "; " + raw.body().length + " bytes, " + ct, cause);
    }

    private <T> T fromTree(Route route, Raw raw, Exception shapeError) {
        String name = route.describe();
        JsonNode root;
        try {
            root = mapper.readTree(raw.body());
        } catch (IOException e) {
            throw unreadable(name, raw, "not JSON", e);
        } catch (RuntimeException e) {
            throw new DecodingException(name, "a value no type can hold (" + e + ")", e);
        }
        JsonNode code = root == null ? null : root.get("code");
        if (code == null || !code.canConvertToInt()) {
            throw unreadable(name, raw, "no code in the envelope", shapeError);
        }
        if (code.asInt() != 0) {
            String msg = root.path(route.envelope().messageField()).asText(root.path("message").asText(root.path("msg").asText("")));
            throw Errors.map(route, new ApiError(code.asInt(), msg, name, raw.status(), root.path("data").path("v_voucher").asText(null)));
        }
        String what = shapeError instanceof JsonMappingException m ? m.getOriginalMessage() : shapeError.getMessage();
        throw new DecodingException(name, what == null ? "unexpected shape" : what.lines().findFirst().orElse(""), shapeError);
    }

    private String voucher(Raw raw) {
        try {
            return mapper.readTree(raw.body()).path("data").path("v_voucher").asText(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Mono<WbiKeys.Keys> fetchWbiKeys() {
        ApiRequest nav = NAV.request().build();
        return execute(nav, (route, raw) -> {
            checkStatus(route.describe(), raw);
            JsonNode root;
            try {
                root = mapper.readTree(raw.body());
            } catch (IOException e) {
                throw unreadable(route.describe(), raw, "not JSON", e);
            }
            JsonNode img = root.path("data").path("wbi_img");
            String imgUrl = img.path("img_url").asText("");
            String subUrl = img.path("sub_url").asText("");
            if (imgUrl.isEmpty() || subUrl.isEmpty()) {
                int code = root.path("code").asInt(0);
                if (code != 0) {
                    throw Errors.map(route, new ApiError(code, root.path("message").asText(""), route.describe(), raw.status(), null));
                }
                throw unreadable(route.describe(), raw, "no data.wbi_img in the nav answer", null);
            }
            String imgKey = WbiKeys.keyOf(imgUrl);
            String subKey = WbiKeys.keyOf(subUrl);
            return new WbiKeys.Keys(imgKey, subKey, Signing.mixinKey(imgKey, subKey));
        });
    }
}
