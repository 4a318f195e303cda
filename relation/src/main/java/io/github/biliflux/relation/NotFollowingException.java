package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22105 (R19-R21): a user to group is not followed by the logged-in user. Permanent: re-sending the same request gets the same answer.
 *
 * @deprecated branch on {@link RelationException#reason()} ({@link RelationException.Reason#NOT_FOLLOWING});
 *     this type adds nothing to it and will be folded into {@link RelationException}.
 */
@Deprecated
public class NotFollowingException extends RelationException {

    /**
     * An exception for {@code error} (code 22105).
     * @param error the decoded error envelope
     */
    public NotFollowingException(ApiError error) {
        super(error, Reason.NOT_FOLLOWING);
    }
}
