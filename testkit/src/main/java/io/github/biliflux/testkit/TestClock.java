package io.github.biliflux.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A {@link Clock} a test moves: set or advanced by hand, or following another time source (a
 * virtual-time scheduler's {@code now}), for the emulator's "now" ({@link World#demo(Clock)}) and a
 * client's {@code ts} and {@code wts}. Millisecond precision, UTC, thread-safe.
 */
public final class TestClock extends Clock {

    private final LongSupplier source;
    private final AtomicLong offsetMillis;

    private TestClock(LongSupplier source, long offsetMillis) {
        this.source = source;
        this.offsetMillis = new AtomicLong(offsetMillis);
    }

    /**
     * A clock standing at {@code start} until it is moved.
     *
     * @param start the first instant it reads
     * @return the clock
     */
    public static TestClock at(Instant start) {
        return new TestClock(() -> 0, Objects.requireNonNull(start, "start").toEpochMilli());
    }

    /**
     * A clock reading {@code start} plus the milliseconds of {@code elapsedMillis}, e.g.
     * {@code () -> scheduler.now(TimeUnit.MILLISECONDS)} of a virtual-time scheduler.
     *
     * @param start         what it reads when {@code elapsedMillis} reads 0
     * @param elapsedMillis the time that moves it
     * @return the clock
     */
    public static TestClock following(Instant start, LongSupplier elapsedMillis) {
        return new TestClock(Objects.requireNonNull(elapsedMillis, "elapsedMillis"), Objects.requireNonNull(start, "start").toEpochMilli());
    }

    /**
     * Moves the clock by {@code d} (backwards when negative).
     *
     * @param d how far
     * @return this clock
     */
    public TestClock advance(Duration d) {
        offsetMillis.addAndGet(d.toMillis());
        return this;
    }

    /**
     * Moves the clock so that it reads {@code instant} now.
     *
     * @param instant what it reads next
     * @return this clock
     */
    public TestClock set(Instant instant) {
        offsetMillis.set(instant.toEpochMilli() - source.getAsLong());
        return this;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock: a test clock is always UTC. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public long millis() {
        return source.getAsLong() + offsetMillis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
