package io.github.biliflux.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.internal.Json;
import io.github.biliflux.relation.RelationUser;
import io.github.biliflux.relation.internal.Wire;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The two ways of fetching one R1 page that the transport benchmark compares: through biliflux
 * ({@code BiliClient.exchange(request, type, convert)}, exactly as {@code RelationClient} fetches each page) and through raw
 * Reactor Netty + Jackson, decoding into the same records ({@link Wire.UserList} then
 * {@link RelationUser}).
 */
public final class Clients {

    /** The same route as relation's R1 (RelationRoutes is package-private there). */
    static final Route FOLLOWERS = Route.get("R1", Host.API, "/x/relation/followers", Auth.COOKIE_OR_APP);

    static final String SESSDATA = "7f3a1c2e%2C1735689600%2Cb1e2f*a1";
    static final String BILI_JCT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final long DEDE_USER_ID = FollowersPage.VMID;

    private Clients() {
    }

    /** A cookie-signed client of {@code base} without rate limit (the benchmark's biliflux side). */
    public static BiliClient bili(URI base) {
        return BiliClient.builder()
                .credentials(Credentials.cookie(SESSDATA, BILI_JCT, DEDE_USER_ID))
                .endpoints(Endpoints.singleBase(base))
                .rateLimit(RateLimit.unlimited())
                .build();
    }

    /** Page 1 of R1 through biliflux: sign, gate, send, check the envelope, decode {@code data}, map to records. */
    public static Mono<List<RelationUser>> viaBili(BiliClient bili) {
        ApiRequest req = FOLLOWERS.request().query("vmid", FollowersPage.VMID).query("ps", 50).query("pn", 1).build();
        // As RelationClient does per page: the conversion runs inside core's decoding step.
        return bili.exchange(req, Wire.UserList.class, Wire.UserList::users);
    }

    /** The envelope, as a raw user of Jackson would declare it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(int code, String message, Wire.UserList data) {
    }

    /**
     * What a hand-written client does with Reactor Netty and Jackson: one shared pooled
     * {@link HttpClient} with the same headers (cookie, User-Agent, Referer), one prepared
     * {@link ObjectReader}, a check of {@code code}, the same records.
     */
    public static final class Raw implements AutoCloseable {
        private final ConnectionProvider provider = ConnectionProvider.builder("raw")
                .maxConnections(50).maxIdleTime(Duration.ofSeconds(30)).build();
        private final HttpClient http;
        private final String uri;
        private final String base;
        // The same Jackson configuration as biliflux (records rely on its null handling), prepared once.
        private final ObjectReader reader = Json.newMapper().readerFor(Envelope.class);

        public Raw(URI base) {
            String cookie = "SESSDATA=" + SESSDATA + "; bili_jct=" + BILI_JCT + "; DedeUserID=" + DEDE_USER_ID;
            this.http = HttpClient.create(provider)
                    .responseTimeout(Duration.ofSeconds(15))
                    .headers(h -> h.set(HttpHeaderNames.USER_AGENT, BiliClient.DEFAULT_USER_AGENT)
                            .set(HttpHeaderNames.REFERER, BiliClient.DEFAULT_REFERER)
                            .set(HttpHeaderNames.ACCEPT, "application/json, text/plain, */*")
                            .set(HttpHeaderNames.COOKIE, cookie));
            this.uri = base + "/x/relation/followers?vmid=" + FollowersPage.VMID + "&ps=50&pn=1";
            this.base = base + "/x/relation/followers?vmid=";
        }

        /** Page {@code pn} of R1 of {@code vmid}, 50 per page. */
        public Mono<List<RelationUser>> fetch(long vmid, int pn) {
            return http.get().uri(base + vmid + "&ps=50&pn=" + pn)
                    .responseSingle((res, body) -> body.asByteArray())
                    .map(this::decode);
        }

        /**
         * The followers of {@code vmid} as a plain client streams them: pages 1 to {@code pages} one
         * after the other (it is told the page count, so it does no paging logic at all), their entries.
         */
        public reactor.core.publisher.Flux<RelationUser> followers(long vmid, int pages) {
            return reactor.core.publisher.Flux.range(1, pages).concatMap(pn -> fetch(vmid, pn), 0)
                    .flatMapIterable(l -> l);
        }

        /** Page 1 of R1. */
        public Mono<List<RelationUser>> fetch() {
            return http.get().uri(uri)
                    .responseSingle((res, body) -> body.asByteArray())
                    .map(this::decode);
        }

        private List<RelationUser> decode(byte[] bytes) {
            Envelope e;
            try {
                e = reader.readValue(bytes);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            if (e.code() != 0) {
                throw new IllegalStateException("code " + e.code() + ": " + e.message());
            }
            return e.data().users();
        }

        @Override
        public void close() {
            provider.dispose();
        }
    }
}
