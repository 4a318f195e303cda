package io.github.biliflux.core;

import java.time.Duration;
import reactor.netty.resources.ConnectionProvider;

/**
 * What a {@link BiliClient} tells about its work, for metrics and tracing: calls per route and
 * outcome, retries, throttling answers and cool-downs, waits for a rate-limit permit, pages and
 * entries streamed. Registered with {@code BiliClient.builder().observer(...)}; every method
 * has an empty default, so an implementation overrides only what it records.
 *
 * <p>Callbacks run on the thread that completes the request (a Reactor Netty event loop or a
 * scheduler's thread): they must be quick and must not block. An exception thrown by one is
 * logged at DEBUG and otherwise ignored; it never fails a request. Callbacks get the
 * {@link Route} (a spec id such as R1, its host, method and path), never a URL, a query or
 * a credential, so that whatever they record stays low in cardinality and free of secrets.
 */
public interface BiliObserver {

    /** How a call ended, as told to {@link #requestFinished}. */
    enum Outcome {
        /** The service answered code 0 (or the call completed without a value). */
        SUCCESS,
        /** An envelope error other than throttling: -101, -111, 22007, 22115 ... */
        API_ERROR,
        /** Throttled: HTTP 412, -412, -509, -799 or risk control (-352). */
        THROTTLED,
        /** HTTP 5xx. */
        SERVER_ERROR,
        /** The connection failed or timed out, and the request was not a mutation that may have arrived. */
        TRANSPORT_ERROR,
        /** A mutation whose answer was lost ({@link OutcomeUnknownException}). */
        OUTCOME_UNKNOWN,
        /** An answer that could not be read or decoded. */
        MALFORMED,
        /** Refused before any request: missing credentials, no rate-limit permit in time ... */
        CLIENT_ERROR,
        /** The subscriber cancelled before the answer. */
        CANCELLED;

        /**
         * Classifies how a call failed.
         * @param error what the call failed with
         * @return the outcome {@code error} stands for
         */
        public static Outcome of(Throwable error) {
            if (error instanceof OutcomeUnknownException) {
                return OUTCOME_UNKNOWN;
            }
            if (error instanceof RateLimitedException || error instanceof RiskControlException) {
                return THROTTLED;
            }
            if (error instanceof ServerErrorException) {
                return SERVER_ERROR;
            }
            if (error instanceof BiliApiException) {
                return API_ERROR;
            }
            if (error instanceof BiliTransportException) {
                return TRANSPORT_ERROR;
            }
            if (error instanceof MalformedResponseException || error instanceof DecodingException) {
                return MALFORMED;
            }
            return CLIENT_ERROR;
        }
    }

    /** An observer that records nothing (the default). */
    BiliObserver NONE = new BiliObserver() {
        @Override
        public String toString() {
            return "BiliObserver.NONE";
        }
    };

    /**
     * A call on {@code route} starts (subscription): every attempt, retry and permit wait of it
     * belongs to this call until {@link #requestFinished}.
     * @param route the route called
     */
    default void requestStarted(Route route) {
    }

    /**
     * A call ended, after all its attempts.
     * @param route the route called
     * @param outcome how it ended
     * @param error what it failed with, or null for {@link Outcome#SUCCESS} and {@link Outcome#CANCELLED}
     * @param latency from {@link #requestStarted} to the end, permit waits and retries included
     */
    default void requestFinished(Route route, Outcome outcome, Throwable error, Duration latency) {
    }

    /**
     * An attempt failed and another one follows (after its backoff).
     * @param route the route called
     * @param attempt the attempt about to be made, from 2
     */
    default void retried(Route route, int attempt) {
    }

    /**
     * The service throttled a request (HTTP 412, -412, -509, -799, -352); the host cools down.
     * @param route the route that was throttled
     * @param cooldown how long the host's cool-down lasts from now on
     */
    default void throttled(Route route, Duration cooldown) {
    }

    /**
     * An attempt got its rate-limit permit (after any cool-down of its host).
     * @param route the route called
     * @param waited how long the attempt waited for it (zero when one was free)
     */
    default void permitAcquired(Route route, Duration waited) {
    }

    /**
     * A {@link PagedFlux} received a page.
     * @param route the route the page was read from
     * @param entries how many new entries the page brought (after removing duplicates)
     */
    default void pageReceived(Route route, int entries) {
    }

    /**
     * Where Reactor Netty's connection-pool metrics go: a registrar turns them on for the client's
     * pool ({@code ConnectionProvider.Builder.metrics}); null (the default) leaves them off.
     * @return the registrar of the pool's metrics, or null
     */
    default ConnectionProvider.MeterRegistrar connectionPoolMetrics() {
        return null;
    }
}
