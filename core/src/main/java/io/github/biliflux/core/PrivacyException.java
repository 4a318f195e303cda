package io.github.biliflux.core;

/** 22115 (22118): the user hides this list. Permanent. */
public class PrivacyException extends BiliApiException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public PrivacyException(ApiError error) {
        super(error, "the user hides this list");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected PrivacyException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
