package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22001 (R7, R8): the action targets the logged-in user themself. Permanent: re-sending the same request gets the same answer.
 *
 * @deprecated branch on {@link RelationException#reason()} ({@link RelationException.Reason#SELF});
 *     this type adds nothing to it and will be folded into {@link RelationException}.
 */
@Deprecated
public class SelfRelationException extends RelationException {

    /**
     * An exception for {@code error} (code 22001).
     * @param error the decoded error envelope
     */
    public SelfRelationException(ApiError error) {
        super(error, Reason.SELF);
    }
}
