package io.github.biliflux.examples;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.PrintStream;
import java.util.Map;

/**
 * The client a command runs with: the live service when {@code BILI_COOKIE} (a raw Cookie header)
 * or {@code BILI_ACCESS_KEY} is set, otherwise an embedded BiliEmulator with the demo world.
 */
final class Session implements AutoCloseable {

    final BiliClient bili;
    final BiliEmulator emulator;
    /** The logged-in mid when known without asking (DedeUserID, the emulator), else 0. */
    final long knownMid;

    private final boolean ownsEmulator;

    private Session(BiliClient bili, BiliEmulator emulator, long knownMid, boolean ownsEmulator) {
        this.bili = bili;
        this.emulator = emulator;
        this.knownMid = knownMid;
        this.ownsEmulator = ownsEmulator;
    }

    /**
     * Opens a session; {@code shared}, when not null, is an emulator already running (the tests')
     * used instead of starting one.
     */
    static Session open(Map<String, String> env, boolean forceEmulator, PrintStream err, BiliEmulator shared) {
        String cookie = env.getOrDefault("BILI_COOKIE", "");
        String accessKey = env.getOrDefault("BILI_ACCESS_KEY", "");
        if (!forceEmulator && !cookie.isBlank()) {
            Credentials.Cookie c = Credentials.parseCookieHeader(cookie);
            return new Session(BiliClient.builder().credentials(c).build(), null, c.dedeUserId(), false);
        }
        if (!forceEmulator && !accessKey.isBlank()) {
            return new Session(BiliClient.builder().credentials(Credentials.app(accessKey.strip(), AppKey.ANDROID)).build(), null, 0, false);
        }
        BiliEmulator emu = shared != null ? shared : BiliEmulator.start(World.demo());
        World.Session me = emu.world().session(World.DEMO_MID);
        err.println("biliflux: " + (forceEmulator ? "--emulator" : "no BILI_COOKIE or BILI_ACCESS_KEY in the environment")
                + ": using the embedded emulator at " + emu.baseUri() + " (demo user " + me.mid() + ")");
        BiliClient bili = BiliClient.builder()
                .credentials(Credentials.cookie(me.sessdata(), me.biliJct(), me.mid()))
                .endpoints(Endpoints.singleBase(emu.baseUri()))
                .rateLimit(RateLimit.perSecond(200))
                .build();
        return new Session(bili, emu, me.mid(), shared == null);
    }

    @Override
    public void close() {
        bili.close();
        if (ownsEmulator) {
            emulator.close();
        }
    }
}
