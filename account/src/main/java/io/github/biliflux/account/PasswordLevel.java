package io.github.biliflux.account;

/** A5 {@code pwd_level}: the strength of the current password, 1 weak, 2 medium, 3 strong. */
public enum PasswordLevel {
    /** 1: weak. */
    WEAK(1),
    /** 2: medium. */
    MEDIUM(2),
    /** 3: strong. */
    STRONG(3),
    /** A code the spec does not list (kept raw in {@link SecurityInfo.AccountSafe#pwdLevelCode()}). */
    UNKNOWN(-1);

    private final int code;

    PasswordLevel(int code) {
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
    public static PasswordLevel of(int code) {
        for (PasswordLevel l : values()) {
            if (l.code == code && l != UNKNOWN) {
                return l;
            }
        }
        return UNKNOWN;
    }
}
