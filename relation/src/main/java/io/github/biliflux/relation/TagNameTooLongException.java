package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;

/** 22103 (R16, R17): the tag name is longer than 16 characters. Permanent: re-sending the same request gets the same answer.
 *
 * @deprecated branch on {@link RelationException#reason()} ({@link RelationException.Reason#TAG_NAME_TOO_LONG});
 *     this type adds nothing to it and will be folded into {@link RelationException}.
 */
@Deprecated
public class TagNameTooLongException extends RelationException {

    /**
     * An exception for {@code error} (code 22103).
     * @param error the decoded error envelope
     */
    public TagNameTooLongException(ApiError error) {
        super(error, Reason.TAG_NAME_TOO_LONG);
    }
}
