package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22009 (R7, R8; live service, not in the spec document): the logged-in user follows as many users as allowed. Permanent: re-sending the same request gets the same answer.
 *
 * @deprecated branch on {@link RelationException#reason()} ({@link RelationException.Reason#FOLLOW_LIMIT});
 *     this type adds nothing to it and will be folded into {@link RelationException}.
 */
@Deprecated
public class FollowLimitException extends RelationException {

    /**
     * An exception for {@code error} (code 22009).
     * @param error the decoded error envelope
     */
    public FollowLimitException(ApiError error) {
        super(error, Reason.FOLLOW_LIMIT);
    }
}
