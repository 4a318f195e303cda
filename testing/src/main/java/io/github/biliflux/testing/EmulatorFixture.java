package io.github.biliflux.testing;

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

/** An emulator, the demo user's session and the clients of a test, closed together. */
public final class EmulatorFixture implements AutoCloseable {

    /** The emulator. */
    public final BiliEmulator emu;
    /** The demo user's session. */
    public final World.Session session;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /**
     * Starts an emulator of {@code world}.
     * @param world the world to serve
     */
    public EmulatorFixture(World world) {
        this.emu = BiliEmulator.start(world);
        this.session = world.session(World.DEMO_MID);
    }

    /**
     * The demo user's cookie login.
     * @return the demo user's cookie login
     */
    public Credentials cookie() {
        return Credentials.cookie(session.sessdata(), session.biliJct(), session.mid());
    }

    /**
     * The demo user's app login (Android app key).
     * @return the demo user's app login (Android app key)
     */
    public Credentials app() {
        return Credentials.app(session.accessKey(), AppKey.ANDROID);
    }

    /**
     * A client of the emulator with {@code credentials}.
     * @param credentials who the client acts as
     * @return a client of the emulator with {@code credentials}
     */
    public BiliClient client(Credentials credentials) {
        return client(credentials, Endpoints.singleBase(emu.baseUri()));
    }

    /**
     * A client with {@code credentials} and {@code endpoints}; fast retries and cool-downs, no rate limit.
     * @param credentials who the client acts as
     * @param endpoints where the hosts are
     * @return a client with {@code credentials} and {@code endpoints}; fast retries and cool-downs, no rate limit
     */
    public BiliClient client(Credentials credentials, Endpoints endpoints) {
        BiliClient c = BiliClient.builder()
                .credentials(credentials)
                .endpoints(endpoints)
                .rateLimit(RateLimit.unlimited().withCooldown(Duration.ofMillis(1), Duration.ofMillis(5)))
                .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
                .build();
        closeables.add(c);
        return c;
    }

    /**
     * A server closed with this fixture.
     * @param <T> the type of the values
     * @param t the t
     * @return a server closed with this fixture
     */
    public <T extends AutoCloseable> T closeLater(T t) {
        closeables.add(t);
        return t;
    }

    /**
     * A client of the demo user, by cookie ({@code app == false}) or app login.
     * @param app the app
     * @return a client of the demo user, by cookie ({@code app == false}) or app login
     */
    public BiliClient client(boolean app) {
        return client(app ? app() : cookie());
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
        emu.close();
    }
}
