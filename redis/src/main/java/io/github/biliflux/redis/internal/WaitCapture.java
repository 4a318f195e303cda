package io.github.biliflux.redis.internal;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The executor handed to Bucket4j's scheduling bucket for one reservation. Bucket4j reserves the
 * permit on Redis (its ReserveAndCalculateTimeToSleep command) and asks the executor to complete the
 * future after the time to sleep; this executor completes it at once and keeps that time, so the
 * caller waits on its own Reactor scheduler (cancellable, virtual-time-able) instead of a thread of ours.
 */
public final class WaitCapture extends AbstractExecutorService implements ScheduledExecutorService {

    private volatile long nanos;

    /**
     * The time to sleep that Bucket4j asked for, 0 when it completed at once.
     *
     * @return nanoseconds
     */
    public long nanos() {
        return nanos;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        nanos = unit.toNanos(delay);
        command.run();
        return new Done<>(null);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        nanos = unit.toNanos(delay);
        try {
            return new Done<>(callable.call());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("one reservation, one wait");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("one reservation, one wait");
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    /** A future that is already done. */
    private record Done<V>(V value) implements ScheduledFuture<V> {
        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(0, o.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public V get() {
            return value;
        }

        @Override
        public V get(long timeout, TimeUnit unit) {
            return value;
        }
    }
}
