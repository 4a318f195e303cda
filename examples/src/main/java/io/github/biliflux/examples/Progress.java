package io.github.biliflux.examples;

import java.io.PrintStream;
import java.util.Locale;

/** The stderr progress line of a stream: entries, pages, entries per second, elapsed time. */
final class Progress {

    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long entries;
    private long pages;
    private long lastPrint;
    private boolean truncated;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void page(boolean truncated) {
        pages++;
        this.truncated |= truncated;
        print(false);
    }

    void entry() {
        entries++;
        print(false);
    }

    long entries() {
        return entries;
    }

    boolean truncated() {
        return truncated;
    }

    /** A line for the user on stderr, whether or not the progress line is on. */
    void note(String s) {
        err.println("biliflux: " + s);
    }

    void done() {
        print(true);
        if (enabled) {
            err.println();
        }
    }

    private void print(boolean force) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastPrint < 100_000_000L) {
            return;
        }
        lastPrint = now;
        double secs = Math.max((now - start) / 1e9, 1e-9);
        err.print(String.format(Locale.ROOT, "\r%d entries, %d pages, %.0f entries/s, %.1f s elapsed", entries, pages, entries / secs, secs));
        err.flush();
    }
}
