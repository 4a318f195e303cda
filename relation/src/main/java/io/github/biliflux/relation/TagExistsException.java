package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22106 (R16, R17): the logged-in user already has a tag with this name. Permanent: re-sending the same request gets the same answer. */
public class TagExistsException extends RelationException {

    /**
     * An exception for {@code error} (code 22106).
     * @param error the decoded error envelope
     */
    public TagExistsException(ApiError error) {
        super(error, Reason.TAG_EXISTS);
    }
}
