package io.github.biliflux.testing;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * An emulator, the demo user's session and the clients of one test, closed together. The
 * {@link BiliEmulatorExtension} gives each test one; tests outside JUnit's lifecycle (jqwik
 * properties) open one with try-with-resources.
 */
public final class EmulatorFixture implements AutoCloseable {

    /** The emulator. */
    public final BiliEmulator emu;
    /** The demo user's session. */
    public final World.Session session;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /**
     * Starts an emulator of {@code world}.
     *
     * @param world the world it serves
     */
    public EmulatorFixture(World world) {
        this.emu = BiliEmulator.start(world);
        this.session = world.session(World.DEMO_MID);
    }

    /**
     * The world the emulator serves.
     *
     * @return the world, to read or change while clients run
     */
    public World world() {
        return emu.world();
    }

    /**
     * The requests the emulator received.
     *
     * @return the journal
     */
    public Journal journal() {
        return emu.journal();
    }

    /**
     * The demo user's cookie login (SESSDATA, bili_jct, DedeUserID).
     *
     * @return the credentials
     */
    public Credentials cookie() {
        return cookie(World.DEMO_MID);
    }

    /**
     * The cookie login of {@code mid} (SESSDATA, bili_jct, DedeUserID); creates the account on first use.
     *
     * @param mid the user
     * @return the credentials
     */
    public Credentials cookie(long mid) {
        World.Session s = world().session(mid);
        return Credentials.cookie(s.sessdata(), s.biliJct(), s.mid());
    }

    /**
     * A cookie login of {@code mid} whose mid the client does not know (no DedeUserID).
     *
     * @param mid the user
     * @return the credentials
     */
    public Credentials cookieWithoutMid(long mid) {
        World.Session s = world().session(mid);
        return Credentials.cookie(s.sessdata(), s.biliJct());
    }

    /**
     * The demo user's app login (Android app key).
     *
     * @return the credentials
     */
    public Credentials app() {
        return app(World.DEMO_MID);
    }

    /**
     * The app login of {@code mid} (Android app key).
     *
     * @param mid the user
     * @return the credentials
     */
    public Credentials app(long mid) {
        return Credentials.app(world().session(mid).accessKey(), AppKey.ANDROID);
    }

    /**
     * A client of the emulator with {@code credentials}, built by {@link TestClients#builder(URI)}.
     *
     * @param credentials the login
     * @return a client closed with this fixture
     */
    public BiliClient client(Credentials credentials) {
        return closeLater(TestClients.builder(emu.baseUri()).credentials(credentials).build());
    }

    /**
     * A client with {@code credentials} and {@code endpoints} (a {@link StubServer}'s, say).
     *
     * @param credentials the login
     * @param endpoints   where it sends
     * @return a client closed with this fixture
     */
    public BiliClient client(Credentials credentials, Endpoints endpoints) {
        return closeLater(TestClients.builder(emu.baseUri()).credentials(credentials).endpoints(endpoints).build());
    }

    /**
     * A client of the emulator with its own retry and rate limit.
     *
     * @param credentials the login
     * @param retry       the retry policy
     * @param limit       the rate limit of every host
     * @return a client closed with this fixture
     */
    public BiliClient client(Credentials credentials, RetryPolicy retry, RateLimit limit) {
        return closeLater(TestClients.builder(emu.baseUri()).credentials(credentials).retry(retry).rateLimit(limit).build());
    }

    /**
     * A client of the demo user, by cookie ({@code app == false}) or app login.
     *
     * @param app whether to log in as the app
     * @return a client closed with this fixture
     */
    public BiliClient client(boolean app) {
        return client(app ? app() : cookie());
    }

    /**
     * Closes {@code t} with this fixture (a server, a client).
     *
     * @param t   what to close
     * @param <T> its type
     * @return {@code t}
     */
    public <T extends AutoCloseable> T closeLater(T t) {
        closeables.add(t);
        return t;
    }

    /** Closes the clients and servers of the test, then the emulator. */
    @Override
    public void close() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
        closeables.clear();
        emu.close();
    }
}
