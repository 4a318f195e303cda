package io.github.biliflux.account;

/** A4 {@code vip_type}: 0 none, 1 monthly, 2 annual. */
public enum VipType {
    /** 0: no VIP. */
    NONE(0),
    /** 1: monthly VIP. */
    MONTHLY(1),
    /** 2: annual VIP. */
    ANNUAL(2),
    /** A code the spec does not list (kept raw in {@link VipInfo#vipTypeCode()}). */
    UNKNOWN(-1);

    private final int code;

    VipType(int code) {
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
    public static VipType of(int code) {
        for (VipType t : values()) {
            if (t.code == code && t != UNKNOWN) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
