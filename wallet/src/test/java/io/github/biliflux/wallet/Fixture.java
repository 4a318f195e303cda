package io.github.biliflux.wallet;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An emulator of the demo world and the clients of a test; closes them all. */
final class Fixture implements AutoCloseable {

    final BiliEmulator emu;
    final World.Session session;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    Fixture(World world) {
        this.emu = BiliEmulator.start(world);
        this.session = world.session(World.DEMO_MID);
    }

    Credentials cookie() {
        return Credentials.cookie(session.sessdata(), session.biliJct(), session.mid());
    }

    Credentials app() {
        return Credentials.app(session.accessKey(), AppKey.ANDROID);
    }

    /** A client of the emulator with {@code credentials}. */
    BiliClient client(Credentials credentials) {
        return client(credentials, Endpoints.singleBase(emu.baseUri()));
    }

    /** A client with {@code credentials} and {@code endpoints}; fast retries and cool-downs, no rate limit. */
    BiliClient client(Credentials credentials, Endpoints endpoints) {
        BiliClient c = BiliClient.builder()
                .credentials(credentials)
                .endpoints(endpoints)
                .rateLimit(RateLimit.unlimited().withCooldown(Duration.ofMillis(1), Duration.ofMillis(5)))
                .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
                .build();
        closeables.add(c);
        return c;
    }

    /** A server closed with this fixture. */
    <T extends AutoCloseable> T closeLater(T t) {
        closeables.add(t);
        return t;
    }

    /** The wallet client of the demo user, by cookie ({@code app == false}) or app login. */
    WalletClient wallet(boolean app) {
        return WalletClient.of(client(app ? app() : cookie()));
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
        emu.close();
    }
}
