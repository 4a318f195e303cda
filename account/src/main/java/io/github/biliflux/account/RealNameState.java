package io.github.biliflux.account;

/**
 * Whether the user is real-name verified. A6 and A7 code it differently: A6 {@code status} 1 verified,
 * 0 not; A7 {@code status} 1 verified, 3 not.
 */
public enum RealNameState {
    /** Verified (A6 1, A7 1). */
    VERIFIED,
    /** Not verified (A6 0, A7 3). */
    NOT_VERIFIED,
    /** A code the spec does not list (the raw code is kept beside it). */
    UNKNOWN;

    /**
     * The state of A6's {@code status}: 1 verified, 0 not.
     * @param code the server's code
     * @return the state of A6's {@code status}: 1 verified, 0 not
     */
    public static RealNameState ofStatus(int code) {
        return switch (code) {
            case 1 -> VERIFIED;
            case 0 -> NOT_VERIFIED;
            default -> UNKNOWN;
        };
    }

    /**
     * The state of A7's {@code status}: 1 verified, 3 not.
     * @param code the server's code
     * @return the state of A7's {@code status}: 1 verified, 3 not
     */
    public static RealNameState ofApplyStatus(int code) {
        return switch (code) {
            case 1 -> VERIFIED;
            case 3 -> NOT_VERIFIED;
            default -> UNKNOWN;
        };
    }
}
