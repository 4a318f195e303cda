package io.github.biliflux.core;

/** -400, -404, -405, -409 and other request errors: bad request, nothing there, wrong method, conflict. Permanent. */
public class BadRequestException extends BiliApiException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public BadRequestException(ApiError error) {
        super(error, "request refused");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected BadRequestException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
