package io.github.biliflux.account;

/**
 * A6 the real-name verification status ({@code /x/member/realname/status}).
 *
 * @param status     the state; {@link RealNameState#UNKNOWN} for a code the spec does not list
 * @param statusCode {@code status} as sent (0 not verified, 1 verified)
 */
public record RealNameStatus(RealNameState status, int statusCode) {

    /**
     * Whether the user is real-name verified.
     * @return whether the user is real-name verified
     */
    public boolean verified() {
        return status == RealNameState.VERIFIED;
    }
}
