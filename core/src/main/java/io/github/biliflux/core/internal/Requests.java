package io.github.biliflux.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** Request assembly: an {@link ApiRequest} signed for one attempt (fresh {@code ts}/{@code wts}), its query, body and Cookie header. */
final class Requests {

    /** Transport's logger: its TRACE level decides whether the redacted query is logged. */
    private static final Logger log = LoggerFactory.getLogger(Transport.class);
    private static final Set<String> SECRET_PARAMS = Set.of("access_key", "sign", "csrf", "csrf_token", "w_rid", "access_token", "refresh_token",
            "qrcode_key", "auth_code", "refresh_csrf");

    /** A signed request: the URI without its query, which travels apart (see {@link QueryOutOfLogs}). */
    record Prepared(String uri, String query, boolean secretQuery, byte[] body, String contentType, String logQuery,
                    String cookie) {
    }

    private final Endpoints endpoints;
    private final CredentialSource source;
    private final DeviceCookies device;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final WbiSigner wbi;

    /** Requests to {@code endpoints}, signed with the credentials of {@code source}; {@code device} may be null. */
    Requests(Endpoints endpoints, CredentialSource source, DeviceCookies device, Clock clock, ObjectMapper mapper, WbiSigner wbi) {
        this.endpoints = endpoints;
        this.source = source;
        this.device = device;
        this.clock = clock;
        this.mapper = mapper;
        this.wbi = wbi;
    }

    /** The credentials {@code req} is sent with: its own when it names some, else the source's current ones. */
    Credentials credentialsFor(ApiRequest req) {
        return req.credentials() != null ? req.credentials() : source.current();
    }

    /** The Cookie header of {@code c} with the device cookies merged in; null when there is none. */
    private String cookieHeader(Credentials c) {
        String own = c instanceof Credentials.Cookie k ? k.header() : null;
        return device == null ? own : device.merge(c, own);
    }

    /** {@code req}, of a WBI route, signed for one attempt once the WBI keys are there. */
    Mono<Prepared> prepareWbi(ApiRequest req, String route) {
        return wbi.keys().keys(route).map(k -> sign(req, k));
    }

    /** {@code req}, of a route without WBI, signed for one attempt. */
    Prepared prepare(ApiRequest req) {
        return sign(req, null);
    }

    private Prepared sign(ApiRequest req, WbiKeys.Keys wbiKeys) {
        Signer.Params params = new Signer.Params(new LinkedHashMap<>(req.query()), new LinkedHashMap<>(req.form()),
                Long.toString(clock.instant().getEpochSecond()));
        Credentials credentials = credentialsFor(req);
        // The login's scheme signs first; on a WBI route w_rid then covers every parameter, sign included.
        // A public route with its own app key (TV QR login) is APP-signed without an access_key.
        Signer signer = req.auth() == Auth.NONE && req.route().appKey() != null ? AppSigner.PUBLIC : Signer.of(credentials);
        signer.sign(req, params);
        String qs = wbiKeys != null ? wbi.query(params, wbiKeys) : join(params.query());
        Map<String, String> query = params.query();
        Map<String, String> form = params.form();
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
        boolean secretQuery = wbiKeys != null || secret(query);
        return new Prepared(uri, qs, secretQuery, body, contentType, logQuery, cookieHeader(credentials));
    }

    private static boolean secret(Map<String, String> query) {
        for (String k : query.keySet()) {
            if (SECRET_PARAMS.contains(k)) {
                return true;
            }
        }
        return false;
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
}
