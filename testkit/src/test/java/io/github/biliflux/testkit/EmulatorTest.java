package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the behaviour tests: a fresh demo world per test, on a fixed clock, and a plain HTTP client. */
abstract class EmulatorTest {

    static final Instant NOW = Instant.parse("2024-06-01T04:00:00Z");
    static final long ME = World.DEMO_MID;

    BiliEmulator emu;
    World world;
    Http http;
    String cookie;
    String csrf;

    @BeforeEach
    void startEmulator() {
        world = World.demo(Clock.fixed(NOW, ZoneOffset.UTC));
        emu = BiliEmulator.start(world);
        http = new Http(emu.baseUri());
        cookie = world.cookieHeader(ME);
        csrf = world.session(ME).biliJct();
    }

    @AfterEach
    void stopEmulator() {
        emu.close();
    }

    Http.Res get(String path, String... kv) {
        return http.get(path, map(kv), cookie);
    }

    Http.Res post(String path, String... kv) {
        Map<String, String> form = map(kv);
        form.putIfAbsent("csrf", csrf);
        return http.post(path, form, cookie);
    }

    Http.Res getAs(long mid, String path, String... kv) {
        return http.get(path, map(kv), world.cookieHeader(mid));
    }

    Http.Res postAs(long mid, String path, String... kv) {
        Map<String, String> form = map(kv);
        form.putIfAbsent("csrf", world.session(mid).biliJct());
        return http.post(path, form, world.cookieHeader(mid));
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static void assertCode(Http.Res r, int code) {
        assertThat(r.status()).as("HTTP status of %s", r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.code()).as("code of %s", r.body()).isEqualTo(code);
    }
}
