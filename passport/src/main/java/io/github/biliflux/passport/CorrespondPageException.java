package io.github.biliflux.passport;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;

/**
 * Refresh step 3 answered a 404 page (the correspond path is wrong or stale: a wrong public key, or a
 * timestamp other than the last one the check gave), or a page without refresh_csrf. Its code is -404.
 */
public class CorrespondPageException extends BiliApiException {

    /**
     * An exception for {@code error}.
     *
     * @param error the answer (code -404, the HTTP status)
     */
    public CorrespondPageException(ApiError error) {
        super(error, "no refresh_csrf in the correspond page");
    }
}
