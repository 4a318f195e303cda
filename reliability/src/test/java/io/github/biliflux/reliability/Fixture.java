package io.github.biliflux.reliability;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One emulator and the clients built against it, closed together. Clients retry fast (1..20 ms) and
 * cool a throttled host down for a few milliseconds only, so that fault-heavy tests stay short while
 * still going through the real retry and cool-down code.
 */
final class Fixture implements AutoCloseable {

    static final long ME = World.DEMO_MID;

    final BiliEmulator emu;
    final World world;
    private final List<BiliClient> clients = new ArrayList<>();

    Fixture(World world) {
        this.world = world;
        this.emu = BiliEmulator.start(world);
    }

    /** The default attempts (4) with short waits. */
    static RetryPolicy fastRetry() {
        return RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(20));
    }

    /** No rate limit, and a cool-down of 1..5 ms after a throttling answer. */
    static RateLimit unlimited() {
        return RateLimit.unlimited().withCooldown(Duration.ofMillis(1), Duration.ofMillis(5));
    }

    Credentials cookieOf(long mid) {
        World.Session s = world.session(mid);
        return Credentials.cookie(s.sessdata(), s.biliJct(), s.mid());
    }

    Credentials appOf(long mid) {
        return Credentials.app(world.session(mid).accessKey(), AppKey.ANDROID);
    }

    BiliClient cookie(long mid) {
        return client(cookieOf(mid), fastRetry(), unlimited());
    }

    BiliClient app(long mid) {
        return client(appOf(mid), fastRetry(), unlimited());
    }

    BiliClient client(Credentials credentials, RetryPolicy retry, RateLimit limit) {
        BiliClient bili = BiliClient.builder()
                .credentials(credentials)
                .endpoints(Endpoints.singleBase(emu.baseUri()))
                .rateLimit(limit)
                .retry(retry)
                .build();
        clients.add(bili);
        return bili;
    }

    Journal journal() {
        return emu.journal();
    }

    @Override
    public void close() {
        clients.forEach(BiliClient::close);
        emu.close();
    }
}
