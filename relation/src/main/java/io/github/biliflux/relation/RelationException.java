package io.github.biliflux.relation;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;

/**
 * A relation route (R1-R21) refused a request with one of its own codes (22001 self, 22003 blocked,
 * 22103-22106 tags ...). Each code has its own subclass, so callers catch what they branch on;
 * {@link #code()} is always the code the service sent. Common codes (-101, -111, 22007, 22115 ...)
 * stay core's exceptions.
 */
public class RelationException extends BiliApiException {

    /**
     * An exception for {@code error}, described as {@code meaning}.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected RelationException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
