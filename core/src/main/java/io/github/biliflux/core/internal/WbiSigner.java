package io.github.biliflux.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * WBI-signed routes (PROTOCOL.md "WBI signing"): owns the key cache; the query gets {@code wts},
 * then {@code w_rid} over every parameter (an app {@code sign} included, since app signing runs first).
 */
final class WbiSigner {

    private final WbiKeys keys;

    WbiSigner(Supplier<Mono<WbiKeys.Keys>> fetch, Clock clock, Duration ttl) {
        this.keys = new WbiKeys(fetch, clock, ttl);
    }

    /** The key cache. */
    WbiKeys keys() {
        return keys;
    }

    /** The signed query of {@code p}: its parameters and {@code wts}, then {@code w_rid}. */
    String query(Signer.Params p, WbiKeys.Keys k) {
        p.query().put("wts", p.ts());
        String wq = Signing.wbiQuery(p.query());
        return wq + "&w_rid=" + Signing.wRid(wq, k.mixinKey());
    }
}
