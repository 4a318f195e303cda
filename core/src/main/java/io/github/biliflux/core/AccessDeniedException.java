package io.github.biliflux.core;

/** -401 or -403: an unauthenticated or illegal request, or access denied. Permanent (a WBI route refreshes its keys once first). */
public class AccessDeniedException extends BiliApiException {

    /** An exception for {@code error}. */
    public AccessDeniedException(ApiError error) {
        super(error, "access denied");
    }

    /** For subclasses that give the code a route-specific meaning. */
    protected AccessDeniedException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
