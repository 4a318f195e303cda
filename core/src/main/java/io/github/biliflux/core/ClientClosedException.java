package io.github.biliflux.core;

/**
 * The {@link BiliClient} was closed: a call made after {@code close()} fails at once and sends
 * nothing; a call in flight at {@code close()} is cancelled with this exception (a mutation that
 * may already have been sent ends as {@link OutcomeUnknownException} caused by it). Not retried.
 */
public class ClientClosedException extends BiliException {

    private final boolean mayHaveBeenSent;

    /** {@code route} was refused or cancelled by the closing; {@code mayHaveBeenSent} when a connection had taken it. */
    public ClientClosedException(String route, boolean mayHaveBeenSent) {
        super(route, (mayHaveBeenSent ? "cancelled in flight: the client was closed during " : "not sent: the client is closed, refusing ")
                + route, null);
        this.mayHaveBeenSent = mayHaveBeenSent;
    }

    /** Whether the request had been handed to a connection before the client was closed. */
    public boolean mayHaveBeenSent() {
        return mayHaveBeenSent;
    }
}
