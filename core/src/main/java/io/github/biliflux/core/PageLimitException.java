package io.github.biliflux.core;

/** 22007: a page beyond the cap on another user's list. A {@link PagedFlux} ends cleanly as truncated instead of surfacing it. */
public class PageLimitException extends BiliApiException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public PageLimitException(ApiError error) {
        super(error, "page beyond the cap");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected PageLimitException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
