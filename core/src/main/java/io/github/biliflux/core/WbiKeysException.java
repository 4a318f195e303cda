package io.github.biliflux.core;

/**
 * A WBI-signed call could not be signed: the keys from {@code /x/web-interface/nav} could not be
 * fetched or were not two 32-character lowercase hex keys. The message names the problem; the
 * cause is the nav failure, if there was one. The failure is remembered for a few seconds, so
 * concurrent and repeated calls do not storm nav; it is not retried by the call's retry policy
 * (the nav fetch is made once per key refresh).
 */
public class WbiKeysException extends BiliException {

    /** What was wrong with the keys or their fetch. */
    private final String problem;

    /**
     * {@code route} could not be signed because of {@code problem}.
     * @param route the route, as {@code "R1 GET /x/relation/followers"}
     * @param problem what was wrong with the keys or their fetch, for the message
     * @param cause the nav failure, or null when nav answered but its keys were unusable
     */
    public WbiKeysException(String route, String problem, Throwable cause) {
        super(route, "no WBI keys to sign " + route + ": " + problem, cause);
        this.problem = problem;
    }

    /**
     * What was wrong with the keys or their fetch.
     * @return the problem, as named in the message
     */
    public String problem() {
        return problem;
    }
}
