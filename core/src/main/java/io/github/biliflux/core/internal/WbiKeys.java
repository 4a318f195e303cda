package io.github.biliflux.core.internal;

import io.github.biliflux.core.WbiKeysException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * The WBI keys from {@code /x/web-interface/nav}: fetched once for all concurrent callers, cached
 * for a while (they rotate about daily), refreshed on expiry or when a signed call is refused.
 * The fetch is one request, never retried here: a failed fetch is remembered for
 * {@link #FAILURE_TTL} (on the client's clock), so concurrent and repeated calls in that time fail
 * at once with a {@link WbiKeysException} instead of storming nav.
 */
public final class WbiKeys {

    /** How long a failed fetch is remembered. */
    public static final Duration FAILURE_TTL = Duration.ofSeconds(10);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    /** One pair of keys and its mixin key. */
    public record Keys(String imgKey, String subKey, String mixinKey) {
        @Override
        public String toString() {
            return "Keys[<redacted>]";
        }
    }

    /** A fetch's outcome: keys, or the failure to remember. */
    private record Stamped(Keys keys, Throwable failure, Instant fetchedAt, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Mono<Stamped> cached;

    /**
     * A cache of the keys that {@code fetch} fetches (one request per call of it), kept for
     * {@code ttl} and, when the fetch failed, the failure for {@link #FAILURE_TTL}.
     */
    public WbiKeys(Supplier<Mono<Keys>> fetch, Clock clock, Duration ttl) {
        this.cached = Mono.defer(() -> {
                    long gen = generation.get();
                    return fetch.get()
                            .map(k -> new Stamped(k, null, clock.instant(), gen))
                            .switchIfEmpty(Mono.error(() -> new IllegalStateException("the nav answer held no keys")))
                            .onErrorResume(e -> Mono.just(new Stamped(null, e, clock.instant(), gen)));
                })
                .cacheInvalidateIf(s -> s.generation() != generation.get()
                        || !clock.instant().isBefore(s.fetchedAt().plus(s.keys() != null ? ttl : FAILURE_TTL)));
    }

    /**
     * The current keys, fetching them if none are cached or they expired; a {@link WbiKeysException}
     * (for {@code route}) when the last fetch failed less than {@link #FAILURE_TTL} ago.
     */
    public Mono<Keys> keys(String route) {
        return cached.flatMap(s -> s.keys() != null ? Mono.just(s.keys()) : Mono.error(failure(route, s.failure())));
    }

    private static WbiKeysException failure(String route, Throwable cause) {
        if (cause instanceof WbiKeysException w) {
            return new WbiKeysException(route, w.problem(), w.getCause());
        }
        String what = cause instanceof io.github.biliflux.core.BiliException ? cause.getMessage() : cause.getClass().getSimpleName();
        return new WbiKeysException(route, "the nav request failed (" + what + ")", cause);
    }

    /** Forget the cached keys (or failure): the next caller fetches new ones. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /** The key of a WBI image URL: its file name without extension. */
    public static String keyOf(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /**
     * The keys of the two nav URLs, each checked to be 32 lowercase hex characters.
     *
     * @throws WbiKeysException naming the key that is not (never its value)
     */
    public static Keys of(String route, String imgUrl, String subUrl) {
        String img = keyOf(imgUrl);
        String sub = keyOf(subUrl);
        for (String[] k : new String[][] {{"img_url", img}, {"sub_url", sub}}) {
            if (!KEY.matcher(k[1]).matches()) {
                throw new WbiKeysException(route, "the key of data.wbi_img." + k[0] + " is not 32 lowercase hex characters ("
                        + k[1].length() + " characters)", null);
            }
        }
        return new Keys(img, sub, Signing.mixinKey(img, sub));
    }
}
