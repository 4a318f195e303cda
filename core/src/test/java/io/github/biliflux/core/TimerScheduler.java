package io.github.biliflux.core;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.scheduler.Scheduler;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The client's scheduler for a test that does real I/O in virtual time: a front of a
 * {@link VirtualTimeScheduler} that tells the test each timer the client sets ({@code Mono.delay}: a
 * backoff, a cool-down, a rate-limit wait, an attempt's deadline) and keeps the virtual clock to the
 * test's thread.
 *
 * <p>A timer that an I/O thread sets (the backoff after an answer, an attempt's deadline) is held
 * until the test takes it with {@link #next()}, which puts it on the virtual clock from the test's
 * thread: a {@code VirtualTimeScheduler} touched by two threads at once may run a timer late, on
 * the other thread, after the test moved the clock on. The test therefore waits (in real time,
 * bounded) for the client to reach its next wait before it moves virtual time, and asserts that
 * wait. No polling, no sleeping.
 */
final class TimerScheduler implements Scheduler {

    /** A timer set on an I/O thread, waiting for the test's thread. */
    private record Held(Runnable task, long nanos, Disposable.Swap handle) {
    }

    /**
     * Outlives a verification: {@code StepVerifier.withVirtualTime} disposes the schedulers it
     * installed when it ends, and one client may make several calls in a test.
     */
    private static final class Kept extends VirtualTimeScheduler {
        Kept() {
            super(false);
        }

        @Override
        public void dispose() {
        }

        void shutDown() {
            super.dispose();
        }
    }

    private final Kept vts = new Kept();
    private final Thread owner = Thread.currentThread();
    private final BlockingQueue<Held> held = new LinkedBlockingQueue<>();
    private final Duration ignored;

    /**
     * @param ignored timers of this length are put on the clock without being reported (give the
     *                client a deadline of its own length so that each attempt's deadline is left out)
     */
    TimerScheduler(Duration ignored) {
        this.ignored = ignored;
    }

    /** The virtual-time scheduler behind this one, for {@code StepVerifier.withVirtualTime}. */
    VirtualTimeScheduler virtual() {
        return vts;
    }

    @Override
    public Disposable schedule(Runnable task) {
        return vts.schedule(task);
    }

    @Override
    public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
        long nanos = unit.toNanos(delay);
        if (Thread.currentThread() == owner) {
            Disposable d = vts.schedule(task, delay, unit);
            report(nanos);
            return d;
        }
        Disposable.Swap handle = Disposables.swap();
        held.add(new Held(task, nanos, handle));
        return handle;
    }

    private final BlockingQueue<Duration> reported = new LinkedBlockingQueue<>();

    /** Every timer put on the clock, for the message of a failure. */
    private final java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    private void report(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        log.add(d.toMillis() + " ms at " + vts.now(TimeUnit.MILLISECONDS));
        if (!d.equals(ignored)) {
            reported.add(d);
        }
    }

    /**
     * The next timer set (other than the ignored length), waiting up to 5 s of real time for the I/O
     * before it; the timers set on I/O threads meanwhile are put on the clock now, in order.
     */
    Duration next() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            for (;;) {
                transfer();
                Duration d = reported.poll();
                if (d != null) {
                    return d;
                }
                Held h = held.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (h == null) {
                    throw new AssertionError("the client set no timer within 5 s of real time; timers so far: " + log);
                }
                put(h);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void transfer() {
        for (Held h; (h = held.poll()) != null; ) {
            put(h);
        }
    }

    private void put(Held h) {
        if (!h.handle().isDisposed()) {
            h.handle().update(vts.schedule(h.task(), h.nanos(), TimeUnit.NANOSECONDS));
            report(h.nanos());
        }
    }

    /** Whether a timer (other than the ignored length) was set that the test has not taken with {@link #next()}. */
    boolean hasPending() {
        transfer();
        return !reported.isEmpty();
    }

    @Override
    public Worker createWorker() {
        return vts.createWorker();
    }

    @Override
    public long now(TimeUnit unit) {
        return vts.now(unit);
    }

    /** Does nothing: see {@link #shutDown()}. */
    @Override
    public void dispose() {
    }

    /** Disposes the virtual-time scheduler, at the end of the test. */
    void shutDown() {
        vts.shutDown();
    }
}
