package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22013 (R7, R8; reported by peer clients of the live service, not in the spec document): the target account was deleted. Permanent: re-sending the same request gets the same answer.
 *
 * @deprecated branch on {@link RelationException#reason()} ({@link RelationException.Reason#ACCOUNT_DELETED});
 *     this type adds nothing to it and will be folded into {@link RelationException}.
 */
@Deprecated
public class AccountDeletedException extends RelationException {

    /**
     * An exception for {@code error} (code 22013).
     * @param error the decoded error envelope
     */
    public AccountDeletedException(ApiError error) {
        super(error, Reason.ACCOUNT_DELETED);
    }
}
