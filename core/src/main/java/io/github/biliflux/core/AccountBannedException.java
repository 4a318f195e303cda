package io.github.biliflux.core;

/** -102: the account is banned. Permanent. */
public class AccountBannedException extends BiliApiException {

    /** An exception for {@code error}. */
    public AccountBannedException(ApiError error) {
        super(error, "account banned");
    }

    /** For subclasses that give the code a route-specific meaning. */
    protected AccountBannedException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
