package io.github.biliflux.core;

/**
 * The answer was larger than the client's cap ({@code BiliClient.Builder#maxResponseSize}): its
 * {@code Content-Length} said so before the body was read, or the body passed the cap while it
 * streamed in. Nothing past the cap was buffered. Not retried (the next answer would be as large);
 * a mutation whose answer was refused this way ends as {@link OutcomeUnknownException}.
 */
public class ResponseTooLargeException extends MalformedResponseException {

    /** The cap the answer passed, in bytes. */
    private final long limit;

    /**
     * An answer of {@code route} with HTTP {@code httpStatus} that passed {@code limit} bytes.
     * @param route the route, as {@code "R1 GET /x/relation/followers"}
     * @param httpStatus the HTTP status of the answer
     * @param limit the client's cap, in bytes (1 KiB .. 1 GiB)
     * @param how how it passed the cap (a {@code Content-Length} over it, or a body that streamed past it), for the message
     */
    public ResponseTooLargeException(String route, int httpStatus, long limit, String how) {
        super(route, httpStatus, "the answer is larger than the cap of " + limit + " bytes (" + how + ")", null);
        this.limit = limit;
    }

    /**
     * The cap, in bytes.
     * @return the client's cap on the answer size, in bytes
     */
    public long limit() {
        return limit;
    }
}
