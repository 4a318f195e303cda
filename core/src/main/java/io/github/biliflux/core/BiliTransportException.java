package io.github.biliflux.core;

/** The request could not be sent or its answer not received: connection refused, reset or timed out. */
public class BiliTransportException extends BiliException {

    /** Whether the request provably never left the client. */
    private final boolean notSent;

    /**
     * A transport failure of {@code route}; {@code notSent} when the request provably never left the client.
     * @param route the route, as "METHOD path" (never a URL with secrets)
     * @param cause the cause, or null
     * @param notSent whether the request provably never left the client
     */
    public BiliTransportException(String route, Throwable cause, boolean notSent) {
        super(route, "transport failure on " + route + ": " + describe(cause), cause);
        this.notSent = notSent;
    }

    /**
     * Whether the request provably never left the client (connection refused, no pooled connection).
     * @return whether the request provably never left the client (connection refused, no pooled connection)
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
