package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22003 (R7, R8): one of the two users has the other on their blacklist (remove them from yours first, or they blocked you). Permanent: re-sending the same request gets the same answer.
 *
 * @deprecated branch on {@link RelationException#reason()} ({@link RelationException.Reason#BLOCKED});
 *     this type adds nothing to it and will be folded into {@link RelationException}.
 */
@Deprecated
public class UserBlockedException extends RelationException {

    /**
     * An exception for {@code error} (code 22003).
     * @param error the decoded error envelope
     */
    public UserBlockedException(ApiError error) {
        super(error, Reason.BLOCKED);
    }
}
