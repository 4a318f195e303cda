package io.github.biliflux.account;

/** A7 {@code card_type}: the kind of identity document. */
public enum CardType {
    /** 0: mainland identity card (身份证). */
    ID_CARD(0),
    /** 2: Mainland Travel Permit for Hong Kong and Macao Residents (港澳居民来往内地通行证). */
    HONG_KONG_MACAO_PERMIT(2),
    /** 3: Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证). */
    TAIWAN_PERMIT(3),
    /** 4: passport issued by China (护照). */
    PASSPORT(4),
    /** 5: Foreign Permanent Resident ID Card (外国人永久居留证). */
    FOREIGN_PERMANENT_RESIDENCE(5),
    /** 6: an identity document of another country or region. */
    OTHER(6),
    /** A code the spec does not list (kept raw in {@link RealNameDetail#cardTypeCode()}). */
    UNKNOWN(-1);

    private final int code;

    CardType(int code) {
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
    public static CardType of(int code) {
        for (CardType t : values()) {
            if (t.code == code && t != UNKNOWN) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
