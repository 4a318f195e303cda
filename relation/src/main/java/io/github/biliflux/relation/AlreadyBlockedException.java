package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22120 (R7, R8; reported by peer clients of the live service, not in the spec document): the user is already blacklisted. Permanent: re-sending the same request gets the same answer. */
public class AlreadyBlockedException extends RelationException {

    /**
     * An exception for {@code error} (code 22120).
     * @param error the decoded error envelope
     */
    public AlreadyBlockedException(ApiError error) {
        super(error, Reason.ALREADY_BLOCKED);
    }
}
