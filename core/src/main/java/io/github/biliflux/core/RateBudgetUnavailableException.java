package io.github.biliflux.core;

/**
 * The shared {@link RateBudget} could not be asked in time (its store is down or slow) and is
 * configured to fail calls rather than fall back to a local budget: the request was not sent.
 */
public class RateBudgetUnavailableException extends BiliException {

    /**
     * An exception for {@code route} (null when the budget raised it, before the route is known).
     *
     * @param route   the request's route, or null
     * @param message what could not be reached, never a password
     * @param cause   the store's failure
     */
    public RateBudgetUnavailableException(String route, String message, Throwable cause) {
        super(route, message, cause);
    }
}
