package io.github.biliflux.relation;

/** The kind of official verification of a user ({@code official_verify.type}, R1-R6, R13). */
public enum OfficialType {
    /** -1: not verified. */
    NONE(-1),
    /** 0: a verified person (R1's table; other tables say only "verified"). */
    PERSONAL(0),
    /** 1: a verified organisation. */
    ORGANIZATION(1),
    /** A code the spec does not document; the raw code is kept in {@link OfficialVerify#typeCode()}. */
    UNKNOWN(Integer.MIN_VALUE);

    private final int code;

    OfficialType(int code) {
        this.code = code;
    }

    /**
     * The {@code official_verify.type} code of R1-R6 and R13 ({@link Integer#MIN_VALUE} for {@link #UNKNOWN}).
     * @return the {@code official_verify.type} code of R1-R6 and R13 ({@link Integer#MIN_VALUE} for {@link #UNKNOWN})
     */
    public int code() {
        return code;
    }

    /**
     * The type of wire code {@code code}, {@link #UNKNOWN} for an undocumented one.
     * @param code the server's code
     * @return the type of wire code {@code code}, {@link #UNKNOWN} for an undocumented one
     */
    public static OfficialType of(int code) {
        for (OfficialType t : values()) {
            if (t.code == code && t != UNKNOWN) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
