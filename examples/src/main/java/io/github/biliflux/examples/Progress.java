package io.github.biliflux.examples;

import io.github.biliflux.core.Page;
import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The stderr progress line of a stream: entries (of the total, when the service tells it), pages,
 * entries per second and, with a total, the time left. At the end of a list the service capped it
 * says how much was shown of how much.
 */
final class Progress {

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier nanos;
    private final long start;
    private long entries;
    private long pages;
    private long lastPrint;
    private int lastLength;
    private boolean truncated;
    private OptionalLong total = OptionalLong.empty();

    Progress(PrintStream err, boolean enabled) {
        this(err, enabled, System::nanoTime);
    }

    Progress(PrintStream err, boolean enabled, LongSupplier nanos) {
        this.err = err;
        this.enabled = enabled;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** A page arrived. */
    void page(Page<?> page) {
        pages++;
        truncated |= page.truncated();
        if (page.total().isPresent() && page.total().getAsLong() > 0) {
            total = page.total();
        }
        print(false);
    }

    /** An entry was printed. */
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

    /** The stream ended: the last progress line, then the cap note when the service cut the list. */
    void done() {
        print(true);
        if (enabled) {
            err.println();
        }
        if (truncated) {
            note("shown " + entries + (total.isPresent() && total.getAsLong() > entries ? " of " + total.getAsLong() : "")
                    + " (the service caps this list)");
        }
    }

    /** The progress text: {@code 120/320 entries (38%), 3 pages, 240 entries/s, 1 s left}. */
    String line() {
        double secs = Math.max((nanos.getAsLong() - start) / 1e9, 1e-3);
        double rate = entries / secs;
        StringBuilder sb = new StringBuilder();
        if (total.isPresent()) {
            long t = total.getAsLong();
            sb.append(String.format(Locale.ROOT, "%d/%d entries (%d%%)", entries, t, Math.min(100, entries * 100 / t)));
        } else {
            sb.append(entries).append(" entries");
        }
        sb.append(String.format(Locale.ROOT, ", %d pages, %.0f entries/s", pages, rate));
        if (total.isPresent() && rate > 0 && total.getAsLong() > entries) {
            sb.append(String.format(Locale.ROOT, ", ETA %.0f s", (total.getAsLong() - entries) / rate));
        } else {
            sb.append(String.format(Locale.ROOT, ", %.1f s elapsed", secs));
        }
        return sb.toString();
    }

    private void print(boolean force) {
        if (!enabled) {
            return;
        }
        long now = nanos.getAsLong();
        if (!force && now - lastPrint < 100_000_000L) {
            return;
        }
        lastPrint = now;
        String line = line();
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        err.flush();
    }
}
