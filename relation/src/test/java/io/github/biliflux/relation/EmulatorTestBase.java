package io.github.biliflux.relation;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.testing.BiliEmulatorExtension;
import io.github.biliflux.testing.EmulatorFixture;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One emulator per test (the demo world unless a test restarts it) and fast clients against it. */
abstract class EmulatorTestBase {

    static final long ME = World.DEMO_MID;

    @RegisterExtension
    final BiliEmulatorExtension emulator = BiliEmulatorExtension.demo();

    EmulatorFixture fx;
    BiliEmulator emu;
    World world;
    /** The demo user, cookie login with DedeUserID. */
    RelationClient rel;

    @BeforeEach
    void useFixture() {
        use(emulator.fixture());
    }

    /** Replaces the emulator with one serving {@code w}; {@link #rel} is the demo user's cookie client. */
    void restart(World w) {
        try {
            use(emulator.restart(w));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void use(EmulatorFixture f) {
        fx = f;
        emu = f.emu;
        world = f.world();
        rel = cookie(ME);
    }

    RelationClient cookie(long mid) {
        return client(fx.cookie(mid));
    }

    /** A cookie login whose mid is unknown to the client (no DedeUserID). */
    RelationClient cookieWithoutMid(long mid) {
        return client(fx.cookieWithoutMid(mid));
    }

    RelationClient app(long mid) {
        return client(fx.app(mid));
    }

    RelationClient client(Credentials credentials) {
        return RelationClient.of(bili(credentials));
    }

    BiliClient bili(Credentials credentials) {
        return fx.client(credentials);
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
