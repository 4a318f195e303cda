package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22105 (R19-R21): a user to group is not followed by the logged-in user. Permanent: re-sending the same request gets the same answer. */
public class NotFollowingException extends RelationException {

    /**
     * An exception for {@code error} (code 22105).
     * @param error the decoded error envelope
     */
    public NotFollowingException(ApiError error) {
        super(error, "the user is not followed");
    }
}
