package io.github.biliflux.relation;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** One emulator per test (the demo world unless a test restarts it) and fast clients against it. */
abstract class EmulatorTestBase {

    static final long ME = World.DEMO_MID;

    BiliEmulator emu;
    World world;
    /** The demo user, cookie login with DedeUserID. */
    RelationClient rel;
    private final List<BiliClient> clients = new ArrayList<>();

    @BeforeEach
    void startEmulator() {
        restart(World.demo());
    }

    /** Replaces the emulator with one serving {@code w}; {@link #rel} is the demo user's cookie client. */
    void restart(World w) {
        closeAll();
        emu = BiliEmulator.start(w);
        world = w;
        rel = cookie(ME);
    }

    @AfterEach
    void closeAll() {
        clients.forEach(BiliClient::close);
        clients.clear();
        if (emu != null) {
            emu.close();
        }
    }

    RelationClient cookie(long mid) {
        World.Session s = world.session(mid);
        return client(Credentials.cookie(s.sessdata(), s.biliJct(), s.mid()));
    }

    /** A cookie login whose mid is unknown to the client (no DedeUserID). */
    RelationClient cookieWithoutMid(long mid) {
        World.Session s = world.session(mid);
        return client(Credentials.cookie(s.sessdata(), s.biliJct()));
    }

    RelationClient app(long mid) {
        return client(Credentials.app(world.session(mid).accessKey(), AppKey.ANDROID));
    }

    RelationClient client(Credentials credentials) {
        BiliClient bili = bili(credentials);
        return RelationClient.of(bili);
    }

    BiliClient bili(Credentials credentials) {
        BiliClient bili = BiliClient.builder()
                .credentials(credentials)
                .endpoints(Endpoints.singleBase(emu.baseUri()))
                .rateLimit(RateLimit.unlimited())
                .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
                .build();
        clients.add(bili);
        return bili;
    }

    Journal journal() {
        return emu.journal();
    }

    long count(String path) {
        return emu.journal().count(path);
    }

    /** The only request to {@code path}. */
    Journal.Entry only(String path) {
        List<Journal.Entry> entries = emu.journal().entries(path);
        org.assertj.core.api.Assertions.assertThat(entries).as("requests to " + path).hasSize(1);
        return entries.get(0);
    }
}
