package io.github.biliflux.core;

/** -111: the csrf token (bili_jct) is stale or wrong. Permanent. */
public class CsrfException extends BiliApiException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public CsrfException(ApiError error) {
        super(error, "csrf check failed");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected CsrfException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
