package io.github.biliflux.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fault injection, switchable at runtime and deterministic from {@link #seed(long)}: for the same
 * sequence of requests the same faults are injected. Every fluent setter returns this object; all
 * methods are thread-safe. Faults only touch requests whose path starts with one of
 * {@link #onlyPaths(String...)} (all paths when none are set).
 */
public final class Faults {

    /** The decision for one request: the fault (or null) and the extra latency. */
    record Decision(Fault fault, Duration delay) {
    }

    private static final List<Fault> RANDOM_ORDER = List.of(Fault.RESET_BEFORE_HANDLER, Fault.HTTP_5XX,
            Fault.HTTP_412_HTML, Fault.CODE_412, Fault.CODE_799, Fault.CODE_352, Fault.RESET_AFTER_HANDLER,
            Fault.TRUNCATED_BODY, Fault.MALFORMED_JSON);

    private long seed;
    private Random random = new Random(0);
    private Duration latency = Duration.ZERO;
    private Duration jitter = Duration.ZERO;
    private final Map<Fault, Double> probabilities = new EnumMap<>(Fault.class);
    private int rateThreshold;
    private final Deque<Long> window = new ArrayDeque<>();
    private List<String> onlyPaths = List.of();
    private final Deque<Fault> next = new ArrayDeque<>();

    Faults() {
    }

    /**
     * Restarts the random sequence from {@code seed}.
     * @param seed the random seed
     * @return this, for chaining
     */
    public synchronized Faults seed(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        return this;
    }

    /**
     * Every answer waits {@code fixed} plus a uniformly random part of {@code jitter}.
     * @param fixed the fixed
     * @param jitter the jitter, a fraction of the backoff (0..1)
     * @return this, for chaining
     */
    public synchronized Faults latency(Duration fixed, Duration jitter) {
        this.latency = requireNonNegative(fixed, "fixed");
        this.jitter = requireNonNegative(jitter, "jitter");
        return this;
    }

    /**
     * Probability of an HTTP 5xx answer.
     * @param p the probability per request, 0..1
     * @return probability of an HTTP 5xx answer
     */
    public Faults http5xx(double p) {
        return probability(Fault.HTTP_5XX, p);
    }

    /**
     * Probability of an HTTP 412 with the gateway's HTML body.
     * @param p the probability per request, 0..1
     * @return probability of an HTTP 412 with the gateway's HTML body
     */
    public Faults http412Html(double p) {
        return probability(Fault.HTTP_412_HTML, p);
    }

    /**
     * Probability of a -412 envelope.
     * @param p the probability per request, 0..1
     * @return probability of a -412 envelope
     */
    public Faults code412(double p) {
        return probability(Fault.CODE_412, p);
    }

    /**
     * Probability of a -799 envelope.
     * @param p the probability per request, 0..1
     * @return probability of a -799 envelope
     */
    public Faults code799(double p) {
        return probability(Fault.CODE_799, p);
    }

    /**
     * Probability of a -352 envelope.
     * @param p the probability per request, 0..1
     * @return probability of a -352 envelope
     */
    public Faults code352(double p) {
        return probability(Fault.CODE_352, p);
    }

    /**
     * Probability of a reset before the handler runs (nothing changes).
     * @param p the probability per request, 0..1
     * @return probability of a reset before the handler runs (nothing changes)
     */
    public Faults resetBeforeHandler(double p) {
        return probability(Fault.RESET_BEFORE_HANDLER, p);
    }

    /**
     * Probability of a reset after the handler ran and committed its change.
     * @param p the probability per request, 0..1
     * @return probability of a reset after the handler ran and committed its change
     */
    public Faults resetAfterHandler(double p) {
        return probability(Fault.RESET_AFTER_HANDLER, p);
    }

    /**
     * Probability of a truncated body (the handler ran).
     * @param p the probability per request, 0..1
     * @return probability of a truncated body (the handler ran)
     */
    public Faults truncatedBody(double p) {
        return probability(Fault.TRUNCATED_BODY, p);
    }

    /**
     * Probability of a malformed JSON body (the handler ran).
     * @param p the probability per request, 0..1
     * @return probability of a malformed JSON body (the handler ran)
     */
    public Faults malformedJson(double p) {
        return probability(Fault.MALFORMED_JSON, p);
    }

    /**
     * Probability of any fault kind but {@link Fault#RATE_LIMITED}.
     * @param kind the kind
     * @param p the probability per request, 0..1
     * @return probability of any fault kind but {@link Fault#RATE_LIMITED}
     */
    public synchronized Faults probability(Fault kind, double p) {
        if (kind == Fault.RATE_LIMITED || p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("probability of " + kind + " must be in [0, 1]: " + p);
        }
        probabilities.put(kind, p);
        return this;
    }

    /**
     * More than {@code requestsPerSecond} requests within one second answer HTTP 412; 0 disables.
     * @param requestsPerSecond the requests per second
     * @return this, for chaining
     */
    public synchronized Faults rateThreshold(int requestsPerSecond) {
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("requestsPerSecond must be >= 0: " + requestsPerSecond);
        }
        this.rateThreshold = requestsPerSecond;
        window.clear();
        return this;
    }

    /**
     * Restricts faults (and latency and the rate threshold) to paths starting with these prefixes.
     * @param pathPrefixes the path prefixes
     * @return this, for chaining
     */
    public synchronized Faults onlyPaths(String... pathPrefixes) {
        this.onlyPaths = List.copyOf(Arrays.asList(pathPrefixes));
        return this;
    }

    /**
     * The next {@code n} matching requests get {@code kind}, before any random fault.
     * @param n the n
     * @param kind the kind
     * @return the next {@code n} matching requests get {@code kind}, before any random fault
     */
    public synchronized Faults failNext(int n, Fault kind) {
        if (n < 0 || kind == null) {
            throw new IllegalArgumentException("n must be >= 0 and kind non-null");
        }
        for (int i = 0; i < n; i++) {
            next.add(kind);
        }
        return this;
    }

    /**
     * Removes every fault, latency, threshold and path restriction; the seed is kept and restarted.
     * @return this, for chaining
     */
    public synchronized Faults clear() {
        probabilities.clear();
        next.clear();
        window.clear();
        rateThreshold = 0;
        latency = Duration.ZERO;
        jitter = Duration.ZERO;
        onlyPaths = List.of();
        random = new Random(seed);
        return this;
    }

    /** Decides the fault of one request to {@code path}. */
    synchronized Decision decide(String path) {
        if (!onlyPaths.isEmpty() && onlyPaths.stream().noneMatch(path::startsWith)) {
            return new Decision(null, Duration.ZERO);
        }
        Duration delay = latency;
        if (!jitter.isZero()) {
            delay = delay.plusNanos((long) (random.nextDouble() * jitter.toNanos()));
        }
        if (!next.isEmpty()) {
            return new Decision(next.poll(), delay);
        }
        if (rateThreshold > 0) {
            long now = System.nanoTime();
            while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
                window.pollFirst();
            }
            window.addLast(now);
            if (window.size() > rateThreshold) {
                return new Decision(Fault.RATE_LIMITED, delay);
            }
        }
        Fault chosen = null;
        for (Fault kind : RANDOM_ORDER) {
            Double p = probabilities.get(kind);
            if (p != null && p > 0) {
                boolean hit = random.nextDouble() < p;
                if (hit && chosen == null) {
                    chosen = kind;
                }
            }
        }
        return new Decision(chosen, delay);
    }

    private static Duration requireNonNegative(Duration d, String name) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a non-negative duration");
        }
        return d;
    }
}
