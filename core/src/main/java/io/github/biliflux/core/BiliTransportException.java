package io.github.biliflux.core;

/** The request could not be sent or its answer not received: connection refused, reset or timed out. */
public class BiliTransportException extends BiliException {

    /** Whether the request provably never left the client. */
    private final boolean notSent;

    /**
     * A transport failure of {@code route}; {@code notSent} when the request provably never left the client.
     * @param route the route, as {@code "R1 GET /x/relation/followers"}
     * @param cause the connect, read or write failure, or null
     * @param notSent true when the request provably never left the client (so even a mutation may be re-sent)
     */
    public BiliTransportException(String route, Throwable cause, boolean notSent) {
        super(route, "transport failure on " + route + ": " + describe(cause), cause);
        this.notSent = notSent;
    }

    /**
     * A transport failure of {@code route} described by {@code message}, for the subtypes.
     * @param route the route, as {@code "R1 GET /x/relation/followers"}
     * @param message the whole exception message, naming the route
     * @param cause the cause, or null
     * @param notSent true when the request provably never left the client
     */
    protected BiliTransportException(String route, String message, Throwable cause, boolean notSent) {
        super(route, message, cause);
        this.notSent = notSent;
    }

    /**
     * Whether the request provably never left the client (connection refused, no pooled connection).
     * @return true when nothing of the request was sent; false when it may have been
     */
    public boolean notSent() {
        return notSent;
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "no cause";
        }
        if (t instanceof BiliException) {
            return t.getMessage();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
