package io.github.biliflux.account;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;

/** A9 refused with code 40021: the sign contains an emote image such as {@code [doge]} (签名不能包含表情图片). Permanent: change the sign. */
public class SignEmoteException extends BiliApiException {

    /**
     * The exception for {@code error} (code 40021).
     * @param error the decoded error envelope
     */
    public SignEmoteException(ApiError error) {
        super(error, "emote image");
    }
}
