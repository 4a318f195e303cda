package io.github.biliflux.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * An embedded, stateful Bilibili on one loopback port: every endpoint of spec/README.md (R1-R21, A1-A9,
 * W1-W2, M1-M2, C1), the live routes of PROTOCOL.md (WBI R10, coin/today/exp, the charge message) and
 * {@code /x/web-interface/nav}, served from a mutable {@link World}. All hosts (api, www, passport,
 * manga) share the port: their paths do not collide. It enforces cookie and APP auth, the APP MD5 sign,
 * WBI, csrf and every documented error code, injects {@link Faults} and records a {@link Journal}.
 *
 * <pre>{@code
 * try (BiliEmulator emu = BiliEmulator.start(World.demo())) {
 *     URI base = emu.baseUri();   // http://127.0.0.1:PORT
 *     String cookie = emu.world().cookieHeader(World.DEMO_MID);
 * }
 * }</pre>
 */
public final class BiliEmulator implements AutoCloseable {

    private final World world;
    private final Faults faults = new Faults();
    private final Journal journal = new Journal();
    private final DisposableServer server;

    private BiliEmulator(World world, int port) {
        this.world = world;
        Exchange exchange = new Exchange(world.state(), faults, journal);
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .handle(exchange::handle)
                .bindNow(Duration.ofSeconds(10));
    }

    /**
     * Starts an emulator of {@code world} on a free loopback port.
     * @param world the world to serve
     * @return the started emulator
     */
    public static BiliEmulator start(World world) {
        return start(world, 0);
    }

    /**
     * Starts an emulator of {@code world} on {@code port} of 127.0.0.1 (0 = any free port).
     * @param world the world to serve
     * @param port the port
     * @return the started emulator
     */
    public static BiliEmulator start(World world, int port) {
        Objects.requireNonNull(world, "world");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in [0, 65535]: " + port);
        }
        return new BiliEmulator(world, port);
    }

    /**
     * {@code http://127.0.0.1:PORT}: the base URI of every host.
     * @return {@code http://127.0.0.1:PORT}: the base URI of every host
     */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * The bound port.
     * @return the bound port
     */
    public int port() {
        return server.port();
    }

    /**
     * The world served (mutable, thread-safe).
     * @return the world served (mutable, thread-safe)
     */
    public World world() {
        return world;
    }

    /**
     * The fault injection settings of this emulator.
     * @return the fault injection settings of this emulator
     */
    public Faults faults() {
        return faults;
    }

    /**
     * The journal of requests received.
     * @return the journal of requests received
     */
    public Journal journal() {
        return journal;
    }

    /** Stops the server and frees the port; idempotent. */
    @Override
    public void close() {
        if (!server.isDisposed()) {
            server.disposeNow(Duration.ofSeconds(5));
        }
    }
}
