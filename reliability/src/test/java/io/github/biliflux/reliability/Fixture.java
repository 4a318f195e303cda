package io.github.biliflux.reliability;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.testing.EmulatorFixture;
import io.github.biliflux.testing.TestClients;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;

/**
 * testing's {@link EmulatorFixture} (jqwik properties run outside JUnit's lifecycle, so no extension)
 * with the reliability tests' defaults: clients retry fast (1..20 ms) and cool a throttled host down
 * for a few milliseconds only, so that fault-heavy tests stay short while still going through the
 * real retry and cool-down code.
 */
final class Fixture implements AutoCloseable {

    static final long ME = World.DEMO_MID;

    final EmulatorFixture fixture;
    final BiliEmulator emu;
    final World world;

    Fixture(World world) {
        this.fixture = new EmulatorFixture(world);
        this.emu = fixture.emu;
        this.world = world;
    }

    /** The default attempts (4) with short waits. */
    static RetryPolicy fastRetry() {
        return RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(20));
    }

    /** No rate limit, and a cool-down of 1..5 ms after a throttling answer. */
    static RateLimit unlimited() {
        return TestClients.UNLIMITED;
    }

    Credentials cookieOf(long mid) {
        return fixture.cookie(mid);
    }

    Credentials appOf(long mid) {
        return fixture.app(mid);
    }

    BiliClient cookie(long mid) {
        return client(cookieOf(mid), fastRetry(), unlimited());
    }

    BiliClient app(long mid) {
        return client(appOf(mid), fastRetry(), unlimited());
    }

    BiliClient client(Credentials credentials, RetryPolicy retry, RateLimit limit) {
        return fixture.client(credentials, retry, limit);
    }

    Journal journal() {
        return emu.journal();
    }

    @Override
    public void close() {
        try {
            fixture.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
