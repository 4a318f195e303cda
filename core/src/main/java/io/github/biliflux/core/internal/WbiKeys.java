package io.github.biliflux.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * The WBI keys from {@code /x/web-interface/nav}: fetched once for all concurrent callers, cached
 * for a while (they rotate about daily), refreshed on expiry or when a signed call is refused.
 */
public final class WbiKeys {

    /** One pair of keys and its mixin key. */
    public record Keys(String imgKey, String subKey, String mixinKey) {
        @Override
        public String toString() {
            return "Keys[<redacted>]";
        }
    }

    private record Stamped(Keys keys, Instant fetchedAt, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Mono<Keys> cached;

    public WbiKeys(Supplier<Mono<Keys>> fetch, Clock clock, Duration ttl) {
        this.cached = Mono.defer(() -> {
                    long gen = generation.get();
                    return fetch.get().map(k -> new Stamped(k, clock.instant(), gen));
                })
                .cacheInvalidateIf(s -> s.generation() != generation.get()
                        || !clock.instant().isBefore(s.fetchedAt().plus(ttl)))
                .map(Stamped::keys);
    }

    /** The current keys, fetching them if none are cached or they expired. */
    public Mono<Keys> keys() {
        return cached;
    }

    /** Forget the cached keys: the next caller fetches new ones. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /** The key of a WBI image URL: its file name without extension. */
    public static String keyOf(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
