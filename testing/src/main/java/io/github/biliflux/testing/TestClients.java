package io.github.biliflux.testing;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The one builder of a test's {@link BiliClient}: every host at one local server, no rate limit,
 * and retries and cool-downs of a few milliseconds, so tests of faults go through the real retry
 * and cool-down code without waiting.
 */
public final class TestClients {

    /** The retry of a test client: the default attempts, waiting 1..5 ms. */
    public static final RetryPolicy FAST_RETRY = RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
    /** The rate limit of a test client: none, and a cool-down of 1..5 ms after a throttling answer. */
    public static final RateLimit UNLIMITED = RateLimit.unlimited().withCooldown(Duration.ofMillis(1), Duration.ofMillis(5));

    private TestClients() {
    }

    /**
     * A builder of a client of the server at {@code base}, with {@link #FAST_RETRY} and {@link #UNLIMITED};
     * add credentials (and override anything) before {@code build()}.
     *
     * @param base the server, e.g. {@code emu.baseUri()}
     * @return a builder
     */
    public static BiliClient.Builder builder(URI base) {
        return BiliClient.builder()
                .endpoints(Endpoints.singleBase(Objects.requireNonNull(base, "base")))
                .rateLimit(UNLIMITED)
                .retry(FAST_RETRY);
    }
}
