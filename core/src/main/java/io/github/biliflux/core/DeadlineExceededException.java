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

    private final Duration deadline;

    /** {@code route} did not finish within {@code deadline}; {@code notSent} when no connection had taken it. */
    public DeadlineExceededException(String route, Duration deadline, boolean notSent) {
        super(route, "no complete answer from " + route + " within the deadline of " + deadline.toMillis() + " ms"
                + (notSent ? " (no connection had taken it: nothing was sent)" : ""), null, notSent);
        this.deadline = deadline;
    }

    /** The deadline that passed. */
    public Duration deadline() {
        return deadline;
    }
}
