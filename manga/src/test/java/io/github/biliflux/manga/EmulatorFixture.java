package io.github.biliflux.manga;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.testing.BiliEmulatorExtension;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One demo emulator per test, at a fixed "now", and the clients a test builds on it (closed after the test). */
abstract class EmulatorFixture {

    static final String COUPONS = "/twirp/user.v1.User/GetCoupons";
    static final String COMICS = "/twirp/user.v1.User/GetAutoBuyComics";

    /** The demo world's "now": coupon times are relative to it. */
    static final Instant NOW = Instant.parse("2022-05-17T04:00:33Z");

    @RegisterExtension
    final BiliEmulatorExtension emulator = BiliEmulatorExtension.of(() -> World.demo(Clock.fixed(NOW, ZoneOffset.UTC)));

    BiliEmulator emu;

    @BeforeEach
    void startEmulator() {
        emu = emulator.fixture().emu;
    }

    World.Session me() {
        return emu.world().session(World.DEMO_MID);
    }

    BiliClient bili(Credentials credentials) {
        return emulator.fixture().client(credentials);
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
