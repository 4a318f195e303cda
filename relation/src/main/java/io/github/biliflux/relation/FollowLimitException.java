package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22009 (R7, R8; live service, not in the spec document): the logged-in user follows as many users as allowed. Permanent: re-sending the same request gets the same answer. */
public class FollowLimitException extends RelationException {

    /**
     * An exception for {@code error} (code 22009).
     * @param error the decoded error envelope
     */
    public FollowLimitException(ApiError error) {
        super(error, "the following limit is reached");
    }
}
