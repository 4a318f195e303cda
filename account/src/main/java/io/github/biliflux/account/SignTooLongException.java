package io.github.biliflux.account;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;

/** A9 refused with code 40022: the service found the sign too long (签名过长), although it passed the client's 70-character check. Permanent: change the sign. */
public class SignTooLongException extends BiliApiException {

    /**
     * The exception for {@code error} (code 40022).
     * @param error the decoded error envelope
     */
    public SignTooLongException(ApiError error) {
        super(error, "sign too long");
    }
}
