package io.github.biliflux.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The journal of every request the emulator received, in arrival order of their answers. Thread-safe.
 * A test asserts on it, e.g. that a charge (W1) was applied exactly once:
 * {@code journal.mutations().stream().filter(e -> e.path().endsWith("/pay/quick")).count() == 1}.
 */
public final class Journal {

    /**
     * One request and what became of it.
     *
     * @param seq          arrival number, from 1
     * @param method       HTTP method
     * @param path         path without query
     * @param query        query parameters (first value of each)
     * @param form         form parameters of an urlencoded body (first value of each)
     * @param jsonBody     the body when it was JSON, else ""
     * @param cookieNames  names of the cookies sent (never their values)
     * @param userAgent    the User-Agent header, or ""
     * @param referer      the Referer header, or ""
     * @param specId       the route's spec id (R1 ... C1, NAV), or null for an unknown route
     * @param callerMid    the authenticated caller, 0 if none
     * @param handlerRan   whether the route's handler ran (false when a fault answered first)
     * @param mutated      whether the world changed
     * @param httpStatus   the HTTP status sent, 0 when the connection was reset without an answer
     * @param code         the envelope code sent, or null when no envelope was sent
     * @param fault        the fault injected, or null
     */
    public record Entry(long seq, String method, String path, Map<String, String> query, Map<String, String> form,
                        String jsonBody, Set<String> cookieNames, String userAgent, String referer, String specId,
                        long callerMid, boolean handlerRan, boolean mutated, int httpStatus, Integer code,
                        Fault fault) {

        /**
         * Compact constructor: copies the collections.
         * @param seq arrival number, from 1
         * @param method HTTP method
         * @param path path without query
         * @param query query parameters (first value of each)
         * @param form form parameters of an urlencoded body (first value of each)
         * @param jsonBody the body when it was JSON, else ""
         * @param cookieNames names of the cookies sent (never their values)
         * @param userAgent the User-Agent header, or ""
         * @param referer the Referer header, or ""
         * @param specId the route's spec id (R1 ... C1, NAV), or null for an unknown route
         * @param callerMid the authenticated caller, 0 if none
         * @param handlerRan whether the route's handler ran (false when a fault answered first)
         * @param mutated whether the world changed
         * @param httpStatus the HTTP status sent, 0 when the connection was reset without an answer
         * @param code the envelope code sent, or null when no envelope was sent
         * @param fault the fault injected, or null
         */
        public Entry {
            query = Map.copyOf(query);
            form = Map.copyOf(form);
            cookieNames = Set.copyOf(cookieNames);
        }

        /**
         * Whether a Cookie header was sent.
         * @return whether a Cookie header was sent
         */
        public boolean cookiePresent() {
            return !cookieNames.isEmpty();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long seq;

    Journal() {
    }

    synchronized long nextSeq() {
        return ++seq;
    }

    synchronized void add(Entry e) {
        entries.add(e);
        notifyAll();
    }

    /**
     * Waits until {@code n} requests to {@code path} were received, at most {@code timeout}.
     *
     * @param path    the path
     * @param n       how many
     * @param timeout the longest wait
     * @return whether they were
     * @throws IllegalStateException when interrupted
     */
    public synchronized boolean awaitCount(String path, long n, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (count(path) < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Every entry so far.
     * @return every entry so far
     */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Entries of one path.
     * @param path the path
     * @return entries of one path
     */
    public synchronized List<Entry> entries(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).toList();
    }

    /**
     * Number of requests to one path.
     * @param path the path
     * @return number of requests to one path
     */
    public synchronized long count(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).count();
    }

    /**
     * Entries whose handler changed the world.
     * @return entries whose handler changed the world
     */
    public synchronized List<Entry> mutations() {
        return entries.stream().filter(Entry::mutated).toList();
    }

    /** Forgets every entry (sequence numbers continue). */
    public synchronized void clear() {
        entries.clear();
    }
}
