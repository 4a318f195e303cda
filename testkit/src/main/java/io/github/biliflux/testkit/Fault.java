package io.github.biliflux.testkit;

/** The kinds of faults {@link Faults} can inject into an answer. */
public enum Fault {
    /** HTTP 503 with an HTML body; the handler does not run. */
    HTTP_5XX,
    /** HTTP 412 with the gateway's HTML page; the handler does not run. */
    HTTP_412_HTML,
    /** HTTP 200, envelope code -412 (request intercepted); the handler does not run. */
    CODE_412,
    /** HTTP 200, envelope code -799 (too frequent); the handler does not run. */
    CODE_799,
    /** HTTP 200, envelope code -352 (risk control) with {@code data.v_voucher}; the handler does not run. */
    CODE_352,
    /** The connection is reset before the handler runs: nothing changed, no answer. */
    RESET_BEFORE_HANDLER,
    /** The handler runs and its change is committed, then the connection is reset without an answer. */
    RESET_AFTER_HANDLER,
    /** The handler runs; the answer's body is cut in half and the connection closed. */
    TRUNCATED_BODY,
    /** The handler runs; the answer is HTTP 200 application/json but not valid JSON. */
    MALFORMED_JSON,
    /** HTTP 412 (HTML) because the requests per second went over {@link Faults#rateThreshold(int)}. */
    RATE_LIMITED
}
