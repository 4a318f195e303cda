package io.github.biliflux.core;

/** -102: the account is banned. Permanent. */
public class AccountBannedException extends BiliApiException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public AccountBannedException(ApiError error) {
        super(error, "account banned");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected AccountBannedException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
