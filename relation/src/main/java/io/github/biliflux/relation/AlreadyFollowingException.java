package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22014 (R7, R8; reported by peer clients of the live service, not in the spec document): the user is already followed. Permanent: re-sending the same request gets the same answer. */
public class AlreadyFollowingException extends RelationException {

    /**
     * An exception for {@code error} (code 22014).
     * @param error the decoded error envelope
     */
    public AlreadyFollowingException(ApiError error) {
        super(error, Reason.ALREADY_FOLLOWING);
    }
}
