package io.github.biliflux.core;

/**
 * The service throttled the client: -412 or an HTTP 412 from the gateway (IP intercepted), -509 or
 * -799 (too frequent). Idempotent requests are retried after a host-wide cool-down before this
 * surfaces; mutations surface it at once. A sibling of {@link RiskControlException}: -352 neither
 * cools the host down nor is retried.
 */
public class RateLimitedException extends ThrottledException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public RateLimitedException(ApiError error) {
        super(error, "rate limited");
    }

    /**
     * An exception for {@code error}, described as {@code meaning}.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected RateLimitedException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
