package io.github.biliflux.core;

/**
 * No permit of the rate budget could be had within the {@link RateLimit#maxWait()}: the request
 * was not sent. Raised before any I/O, so it is safe for mutations too.
 */
public class RateBudgetExceededException extends BiliException {

    /**
     * An exception for {@code route} (null when the budget raised it, before the route is known).
     *
     * @param route   the request's route, or null
     * @param message what was asked and allowed
     */
    public RateBudgetExceededException(String route, String message) {
        super(route, message, null);
    }
}
