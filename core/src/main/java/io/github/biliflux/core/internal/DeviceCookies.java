package io.github.biliflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The device cookies of PROTOCOL.md "Sessions": {@code buvid3}/{@code buvid4} from {@code finger/spi}
 * (fetched once, sent only when the credentials carry none) and the {@code bili_ticket} from
 * {@code GenWebTicket} (HMAC-SHA256 {@code hexsign}), renewed once less than a day of its three days is
 * left. Each fetch runs once for all concurrent callers; a failed fetch is logged and retried on a
 * later call, never failing the call itself.
 */
final class DeviceCookies {

    private static final Logger log = LoggerFactory.getLogger(DeviceCookies.class);
    static final Route SPI = Route.get("spi", Host.API, "/x/frontend/finger/spi", Auth.NONE);
    static final Route TICKET = Route.post("ticket", Host.API, "/bapis/bilibili.api.ticket.v1.Ticket/GenWebTicket", Auth.NONE)
            .readOnly();
    static final String TICKET_KEY = "XgwSnGZ1p";
    static final Duration RENEW_MARGIN = Duration.ofDays(1);

    record Ids(String buvid3, String buvid4) {
    }

    record Ticket(String value, long expiresAt) {
    }

    private final Transport transport;
    private final Clock clock;
    private final boolean ids;
    private final boolean ticket;
    private volatile Ids deviceIds;
    private volatile Ticket current;
    private final AtomicReference<Mono<Void>> flight = new AtomicReference<>();

    DeviceCookies(Transport transport, Clock clock, boolean ids, boolean ticket) {
        this.transport = transport;
        this.clock = clock;
        this.ids = ids;
        this.ticket = ticket;
    }

    /** Lowercase hex HMAC-SHA256 of {@code "ts" + seconds} under the ticket key. */
    static String hexsign(long epochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TICKET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("ts" + epochSeconds).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private boolean needIds(Credentials c) {
        return ids && deviceIds == null && !(c instanceof Credentials.Cookie k && k.buvid3().isPresent());
    }

    private boolean needTicket() {
        Ticket t = current;
        return ticket && (t == null || clock.instant().getEpochSecond() >= t.expiresAt() - RENEW_MARGIN.toSeconds());
    }

    /** Completes once the enabled cookies are in hand (or their fetch failed); one fetch for all callers. */
    Mono<Void> ready(Credentials c) {
        return SessionCalls.unlessInside(() -> {
            if (!needIds(c) && !needTicket()) {
                return Mono.empty();
            }
            Mono<Void> f = flight.get();
            if (f != null) {
                return f;
            }
            Mono<Void> run = SessionCalls.inside(Mono.defer(() -> fetchIds(c).then(fetchTicket())))
                    .doFinally(s -> flight.set(null))
                    .cache();
            return flight.compareAndSet(null, run) ? run : Mono.defer(() -> {
                Mono<Void> other = flight.get();
                return other != null ? other : Mono.empty();
            });
        });
    }

    private Mono<Void> fetchIds(Credentials c) {
        if (!needIds(c)) {
            return Mono.empty();
        }
        return transport.exchange(SPI.request().build(), transport.mapper().constructType(JsonNode.class))
                .doOnNext(n -> {
                    JsonNode d = (JsonNode) n;
                    String b3 = d.path("b_3").asText("");
                    String b4 = d.path("b_4").asText("");
                    if (!b3.isEmpty()) {
                        deviceIds = new Ids(b3, b4.isEmpty() ? null : b4);
                    }
                })
                .then()
                .onErrorResume(e -> {
                    log.warn("device ids (finger/spi) not fetched, going on without: {}", e.toString());
                    return Mono.empty();
                });
    }

    private Mono<Void> fetchTicket() {
        if (!needTicket()) {
            return Mono.empty();
        }
        long ts = clock.instant().getEpochSecond();
        return Mono.defer(() -> {
            // Browsers send csrf empty before login; the answer does not depend on it.
            return transport.exchange(TICKET.request().query("key_id", "ec02").query("hexsign", hexsign(ts))
                            .query("context[ts]", ts).query("csrf", "").build(),
                    transport.mapper().constructType(JsonNode.class));
        }).doOnNext(n -> {
            JsonNode d = (JsonNode) n;
            String value = d.path("ticket").asText("");
            if (!value.isEmpty()) {
                // Counted from our own clock: a server clock ahead or behind ours must not make it look expired.
                long ttl = d.path("ttl").asLong(259_260);
                current = new Ticket(value, ts + ttl);
            }
        }).then().onErrorResume(e -> {
            log.warn("bili_ticket not fetched, going on without: {}", e.toString());
            return Mono.empty();
        });
    }

    /** {@code own} (the credentials' Cookie header, or null) with the device cookies the credentials lack. */
    String merge(Credentials c, String own) {
        StringBuilder sb = new StringBuilder(own == null ? "" : own);
        Ids d = deviceIds;
        Credentials.Cookie k = c instanceof Credentials.Cookie x ? x : null;
        if (d != null && (k == null || k.buvid3().isEmpty())) {
            append(sb, "buvid3", d.buvid3());
            if (d.buvid4() != null && (k == null || k.buvid4().isEmpty())) {
                append(sb, "buvid4", d.buvid4());
            }
        }
        Ticket t = current;
        if (t != null && (k == null || k.cookie("bili_ticket").isEmpty())) {
            append(sb, "bili_ticket", t.value());
            append(sb, "bili_ticket_expires", Long.toString(t.expiresAt()));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (sb.length() > 0) {
            sb.append("; ");
        }
        sb.append(name).append('=').append(value);
    }
}
