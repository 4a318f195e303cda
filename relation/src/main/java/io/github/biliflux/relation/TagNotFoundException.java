package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22104 (R13, R17, R18, R19-R21): the tag does not exist or is not the logged-in user's. Permanent: re-sending the same request gets the same answer. */
public class TagNotFoundException extends RelationException {

    /**
     * An exception for {@code error} (code 22104).
     * @param error the decoded error envelope
     */
    public TagNotFoundException(ApiError error) {
        super(error, Reason.TAG_NOT_FOUND);
    }
}
