package io.github.biliflux.account;

/**
 * A4 {@code vip_status}: 1 normal, 2 frozen (the IP changed too often), 3 locked (risk). The spec
 * lists no 0; the live service sends 0 for an account without VIP, decoded as {@link #NONE}.
 */
public enum VipStatus {
    /** 0: no active VIP (not in the spec's table; sent by the live service). */
    NONE(0),
    /** 1: normal. */
    NORMAL(1),
    /** 2: frozen because the IP address changed too often. */
    FROZEN(2),
    /** 3: locked because the account's risk is too high. */
    LOCKED(3),
    /** A code the spec does not list (kept raw in {@link VipInfo#vipStatusCode()}). */
    UNKNOWN(-1);

    private final int code;

    VipStatus(int code) {
        this.code = code;
    }

    /**
     * The code the service sends, -1 for {@link #UNKNOWN}.
     * @return the code the service sends, -1 for {@link #UNKNOWN}
     */
    public int code() {
        return code;
    }

    /**
     * The value of {@code code}; {@link #UNKNOWN} for a code the spec does not list.
     * @param code the server's code
     * @return the value of {@code code}; {@link #UNKNOWN} for a code the spec does not list
     */
    public static VipStatus of(int code) {
        for (VipStatus s : values()) {
            if (s.code == code && s != UNKNOWN) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
