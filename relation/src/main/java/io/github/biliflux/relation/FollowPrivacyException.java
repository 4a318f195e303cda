package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22002 (R7, R8; reported by peer clients of the live service, not in the spec document): the target's privacy settings refuse new followers. Permanent: re-sending the same request gets the same answer.
 *
 * @deprecated branch on {@link RelationException#reason()} ({@link RelationException.Reason#FOLLOW_PRIVACY});
 *     this type adds nothing to it and will be folded into {@link RelationException}.
 */
@Deprecated
public class FollowPrivacyException extends RelationException {

    /**
     * An exception for {@code error} (code 22002).
     * @param error the decoded error envelope
     */
    public FollowPrivacyException(ApiError error) {
        super(error, Reason.FOLLOW_PRIVACY);
    }
}
