package io.github.biliflux.manga;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** One demo emulator per test, and the clients a test builds on it (closed after the test). */
abstract class EmulatorFixture {

    static final String COUPONS = "/twirp/user.v1.User/GetCoupons";
    static final String COMICS = "/twirp/user.v1.User/GetAutoBuyComics";

    /** The demo world's "now": coupon times are relative to it. */
    static final Instant NOW = Instant.parse("2022-05-17T04:00:33Z");

    BiliEmulator emu;
    private final List<BiliClient> clients = new ArrayList<>();

    @BeforeEach
    void startEmulator() {
        emu = BiliEmulator.start(World.demo(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void stop() {
        clients.forEach(BiliClient::close);
        emu.close();
    }

    World.Session me() {
        return emu.world().session(World.DEMO_MID);
    }

    BiliClient bili(Credentials credentials) {
        BiliClient b = BiliClient.builder()
                .credentials(credentials)
                .endpoints(Endpoints.singleBase(emu.baseUri()))
                .rateLimit(RateLimit.unlimited().withCooldown(Duration.ofMillis(1), Duration.ofMillis(5)))
                .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
                .build();
        clients.add(b);
        return b;
    }

    MangaClient manga(Mode mode) {
        return MangaClient.of(bili(mode.credentials(me())));
    }

    MangaClient manga(Mode mode, World.Session s) {
        return MangaClient.of(bili(mode.credentials(s)));
    }

    Journal journal() {
        return emu.journal();
    }
}
