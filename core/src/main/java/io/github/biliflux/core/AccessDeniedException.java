package io.github.biliflux.core;

/** -401 or -403: an unauthenticated or illegal request, or access denied. Permanent (a WBI route refreshes its keys once first). */
public class AccessDeniedException extends BiliApiException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public AccessDeniedException(ApiError error) {
        super(error, "access denied");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected AccessDeniedException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
