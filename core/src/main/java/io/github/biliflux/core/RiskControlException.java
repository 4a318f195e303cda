package io.github.biliflux.core;

import java.util.Optional;

/**
 * -352: risk control (a script-like User-Agent, missing device cookies or a bad WBI signature).
 * Carries the {@code v_voucher} when the service sent one. Not a {@link RateLimitedException}: waiting
 * does not help, so it is neither retried nor does it cool the host down.
 */
public class RiskControlException extends ThrottledException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public RiskControlException(ApiError error) {
        super(error, "risk control");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected RiskControlException(ApiError error, String meaning) {
        super(error, meaning);
    }

    /**
     * The risk-control voucher, if the answer carried one.
     * @return the risk-control voucher, if the answer carried one
     */
    public Optional<String> voucher() {
        return Optional.ofNullable(error().voucher());
    }
}
