package io.github.biliflux.core;

/** -101: the request needs a login and the credentials are missing, expired or wrong. Never retried. */
public class NotLoggedInException extends BiliApiException {

    /** An exception for {@code error}. */
    public NotLoggedInException(ApiError error) {
        super(error, "not logged in");
    }

    /** For subclasses that give the code a route-specific meaning. */
    protected NotLoggedInException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
