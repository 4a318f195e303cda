package io.github.biliflux.wallet;

import io.github.biliflux.core.OutcomeUnknownException;
import java.util.OptionalInt;

/**
 * W1 answered {@code code 0} but its {@code data.status} is none of 4 (charged), -2 (below the
 * minimum) and -4 (not enough B-coins), or there was no {@code data} at all. Whether B-coins were
 * spent is unknown: check the balance before charging again. Never re-sent. An
 * {@link OutcomeUnknownException}, so one {@code instanceof} catches every charge whose outcome is unknown.
 */
public class UnknownChargeStatusException extends OutcomeUnknownException {

    /** The status the service sent, or null. */
    private final Integer status;
    /** The message the service sent. */
    private final String serverMessage;

    /**
     * {@code route} answered {@code status} (null when absent or not a number) with {@code msg}.
     * @param route the route, as "METHOD path" (never a URL with secrets)
     * @param status the status
     * @param msg the service's message
     */
    public UnknownChargeStatusException(String route, Integer status, String msg) {
        super(route, route + " answered code 0 with " + (status == null ? "no readable data.status" : "data.status " + status)
                + (msg == null || msg.isEmpty() ? "" : " (" + msg + ")")
                + ": whether B-coins were spent is unknown; check the balance before charging again", null);
        this.status = status;
        this.serverMessage = msg == null ? "" : msg;
    }

    /**
     * {@code data.status} as sent, empty when there was none or it was not a number.
     * @return {@code data.status} as sent, empty when there was none or it was not a number
     */
    public OptionalInt status() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * {@code data.msg} as sent, or "".
     * @return {@code data.msg} as sent, or ""
     */
    public String serverMessage() {
        return serverMessage;
    }
}
