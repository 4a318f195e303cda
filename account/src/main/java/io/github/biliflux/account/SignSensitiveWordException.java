package io.github.biliflux.account;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;

/** A9 refused with code 40015: the sign contains a sensitive word (签名包含敏感词). Permanent: change the sign. */
public class SignSensitiveWordException extends BiliApiException {

    /**
     * The exception for {@code error} (code 40015).
     * @param error the decoded error envelope
     */
    public SignSensitiveWordException(ApiError error) {
        super(error, "sensitive word");
    }
}
