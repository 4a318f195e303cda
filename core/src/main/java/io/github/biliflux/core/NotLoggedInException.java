package io.github.biliflux.core;

/** -101: the request needs a login and the credentials are missing, expired or wrong. Never retried. */
public class NotLoggedInException extends BiliApiException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public NotLoggedInException(ApiError error) {
        super(error, "not logged in");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected NotLoggedInException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
