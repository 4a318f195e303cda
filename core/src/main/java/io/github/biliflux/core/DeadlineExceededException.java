package io.github.biliflux.core;

import java.time.Duration;

/**
 * One attempt took longer than the client's deadline ({@code BiliClient.Builder#deadline}), which
 * covers the whole exchange from the moment a connection took the request: sending it and reading
 * the whole answer, however slowly it came. An
 * idempotent request is retried per the {@link RetryPolicy}; a mutation whose request had been
 * handed to a connection ends as {@link OutcomeUnknownException}.
 */
public class DeadlineExceededException extends BiliTransportException {

    /** The deadline of one attempt that passed. */
    private final Duration deadline;

    /**
     * {@code route} did not finish within {@code deadline}; {@code notSent} when no connection had taken it.
     * @param route the route, as {@code "R1 GET /x/relation/followers"}
     * @param deadline the client's deadline of one attempt, 1 ms .. 10 minutes
     * @param notSent true when no connection had taken the request, so nothing was sent
     */
    public DeadlineExceededException(String route, Duration deadline, boolean notSent) {
        super(route, "no complete answer from " + route + " within the deadline of " + deadline.toMillis() + " ms"
                + (notSent ? " (no connection had taken it: nothing was sent)" : ""), null, notSent);
        this.deadline = deadline;
    }

    /**
     * The deadline that passed.
     * @return the client's deadline of one attempt that the exchange did not finish within
     */
    public Duration deadline() {
        return deadline;
    }
}
