package io.github.biliflux.passport;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;

/**
 * 86095: the cookie refresh was refused, because refresh_csrf is wrong or the refresh token does not
 * belong to the cookies (already used, or from another login). Log in again.
 */
public class RefreshRejectedException extends BiliApiException {

    /**
     * An exception for {@code error}.
     *
     * @param error the answer
     */
    public RefreshRejectedException(ApiError error) {
        super(error, "refresh_csrf wrong or refresh token not matching the cookies");
    }
}
