package io.github.biliflux.core;

/**
 * The service refused the client for how it calls rather than for what it asked: too often
 * ({@link RateLimitedException}: retried after a host-wide cool-down) or like a script
 * ({@link RiskControlException}: -352, surfaced at once with its voucher). Catch this type to treat
 * both alike; catch the subtypes where the remedy differs.
 */
public abstract class ThrottledException extends BiliApiException {

    /**
     * An exception for {@code error}, described as {@code meaning}.
     *
     * @param error   the error the service sent
     * @param meaning what the code means
     */
    protected ThrottledException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
