package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A clock that stands still until moved, or follows another time source. */
class TestClockTest {

    static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");

    @Test
    void standsUntilMovedThenMovesExactly() {
        TestClock c = TestClock.at(T0);
        assertThat(c.instant()).isEqualTo(T0);
        assertThat(c.instant()).isEqualTo(T0);
        assertThat(c.advance(Duration.ofMinutes(29)).instant()).isEqualTo(T0.plusSeconds(29 * 60));
        assertThat(c.set(T0.minusMillis(1)).millis()).isEqualTo(T0.toEpochMilli() - 1);
        assertThat(c.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void followsItsSourceAndCanStillBeMoved() {
        AtomicLong elapsed = new AtomicLong();
        TestClock c = TestClock.following(T0, elapsed::get);
        elapsed.set(1500);
        assertThat(c.instant()).isEqualTo(T0.plusMillis(1500));
        c.advance(Duration.ofSeconds(1));
        elapsed.set(2000);
        assertThat(c.instant()).isEqualTo(T0.plusMillis(3000));
        c.set(T0);
        assertThat(c.instant()).isEqualTo(T0);
        elapsed.set(2500);
        assertThat(c.instant()).isEqualTo(T0.plusMillis(500));
    }
}
