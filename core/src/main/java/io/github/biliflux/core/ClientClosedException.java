package io.github.biliflux.core;

/**
 * The {@link BiliClient} was closed: a call made after {@code close()} fails at once and sends
 * nothing; a call in flight at {@code close()} is cancelled with this exception (a mutation that
 * may already have been sent ends as {@link OutcomeUnknownException} caused by it). Not retried.
 */
public class ClientClosedException extends BiliException {

    /** Whether a connection had taken the request before the client was closed. */
    private final boolean mayHaveBeenSent;

    /**
     * {@code route} was refused or cancelled by the closing; {@code mayHaveBeenSent} when a connection had taken it.
     * @param route the route, as {@code "R1 GET /x/relation/followers"}
     * @param mayHaveBeenSent true when the call was cancelled in flight after a connection had taken it; false when it was refused unsent
     */
    public ClientClosedException(String route, boolean mayHaveBeenSent) {
        super(route, (mayHaveBeenSent ? "cancelled in flight: the client was closed during " : "not sent: the client is closed, refusing ")
                + route, null);
        this.mayHaveBeenSent = mayHaveBeenSent;
    }

    /**
     * Whether the request had been handed to a connection before the client was closed.
     * @return true when the request may have been sent; false when nothing was sent
     */
    public boolean mayHaveBeenSent() {
        return mayHaveBeenSent;
    }
}
