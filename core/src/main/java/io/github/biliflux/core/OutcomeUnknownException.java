package io.github.biliflux.core;

/**
 * A mutation (follow, charge, sign ...) may have reached the service but its answer was lost: the
 * connection dropped, timed out, or the answer could not be read. biliflux never re-sends such a
 * request and never guesses: check the state (balance, relation) before trying again.
 */
public class OutcomeUnknownException extends BiliException {

    /**
     * The outcome of {@code route} is unknown because of {@code cause}.
     * @param route the route, as "METHOD path" (never a URL with secrets)
     * @param cause the cause, or null
     */
    public OutcomeUnknownException(String route, Throwable cause) {
        super(route, "the outcome of " + route + " is unknown: the request may have reached the service but its answer was lost ("
                + BiliTransportException.describe(cause) + "); it was not re-sent", cause);
    }

    /**
     * For subtypes that know more of what is unknown (a charge's unreadable status ...).
     *
     * @param route   the route, as {@link Route#describe()} names it
     * @param message the whole message (never a secret)
     * @param cause   the cause, or null
     */
    protected OutcomeUnknownException(String route, String message, Throwable cause) {
        super(route, message, cause);
    }
}
