package io.github.biliflux.core;

/**
 * What the service answered when it refused a request: the envelope's {@code code} and message,
 * the route, the HTTP status, and the risk-control voucher when one came with -352.
 *
 * @param code    the envelope code (or -412 for an HTTP 412 from the gateway)
 * @param message the server's message (may be empty); the transport clips it to 300 characters
 *                and redacts every credential, sign, w_rid and csrf value in it
 * @param route   the route, as {@code "R1 GET /x/relation/followers"}
 * @param httpStatus the HTTP status of the answer
 * @param voucher the {@code v_voucher} of a -352 answer, or null
 */
public record ApiError(int code, String message, String route, int httpStatus, String voucher) {
    /**
     * Reads a missing message as empty.
     * @param code the envelope code (or -412 for an HTTP 412 from the gateway)
     * @param message the server's message, as sent (may be empty)
     * @param route the route, as {@code "R1 GET /x/relation/followers"}
     * @param httpStatus the HTTP status of the answer
     * @param voucher the {@code v_voucher} of a -352 answer, or null
     */
    public ApiError {
        message = message == null ? "" : message;
    }
}
