package io.github.biliflux.core;

import io.github.biliflux.testkit.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import reactor.core.scheduler.Scheduler;

/** Shared test values: fake credentials and clocks. */
final class Fixtures {

    static final String SESSDATA = "sess-SECRET-5e2a9f";
    static final String BILI_JCT = "jct-SECRET-77b1c0";
    static final String ACCESS_KEY = "ak-SECRET-d41d8c";
    static final long MID = 4242;

    static Credentials.Cookie cookie() {
        return Credentials.cookie(SESSDATA, BILI_JCT, MID);
    }

    /** A fast client against {@code server}: unlimited rate, 3 attempts with 1 ms backoff. */
    static BiliClient.Builder client(ScriptedServer server) {
        return BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .rateLimit(RateLimit.unlimited().withCooldown(Duration.ofMillis(1), Duration.ofMillis(4)))
                .retry(RetryPolicy.defaults().withMaxAttempts(3).withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)));
    }

    /** A clock that reads the time of {@code scheduler} (virtual time in tests). */
    static Clock clockOf(Scheduler scheduler) {
        return TestClock.following(Instant.ofEpochMilli(1_700_000_000_000L), () -> scheduler.now(TimeUnit.MILLISECONDS));
    }

    private Fixtures() {
    }
}
