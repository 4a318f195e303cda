package io.github.biliflux.core;

/**
 * The answer was not a readable envelope: an empty body, an HTML page, truncated or malformed JSON,
 * or an unexpected HTTP status. Idempotent requests are retried before this surfaces.
 */
public class MalformedResponseException extends BiliException {

    /** The HTTP status of the answer. */
    private final int httpStatus;

    /**
     * An unreadable answer of {@code route} with HTTP {@code httpStatus}.
     * @param route the route, as "METHOD path" (never a URL with secrets)
     * @param httpStatus the HTTP status
     * @param what the what
     * @param cause the cause, or null
     */
    public MalformedResponseException(String route, int httpStatus, String what, Throwable cause) {
        super(route, "unreadable answer from " + route + " [HTTP " + httpStatus + "]: " + what, cause);
        this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status of the answer.
     * @return the HTTP status of the answer
     */
    public int httpStatus() {
        return httpStatus;
    }
}
