package io.github.biliflux.wallet;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;

/** W1 charge message refused with code 88203: a message was already left for this order (不能重复留言). */
public class ChargeMessageExistsException extends BiliApiException {

    /**
     * The exception for {@code error} (code 88203).
     * @param error the decoded error envelope
     */
    public ChargeMessageExistsException(ApiError error) {
        super(error, "a message was already left for this order");
    }
}
