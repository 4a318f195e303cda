package io.github.biliflux.account;

/** A1 {@code sex}: the service sends it as text (男, 女, 保密). */
public enum Sex {
    /** 男. */
    MALE("男"),
    /** 女. */
    FEMALE("女"),
    /** 保密: not disclosed. */
    SECRET("保密"),
    /** A value the spec does not list (kept raw in {@link AccountProfile#sexText()}). */
    UNKNOWN(null);

    private final String text;

    Sex(String text) {
        this.text = text;
    }

    /**
     * The text the service sends for this value, or null for {@link #UNKNOWN}.
     * @return the text the service sends for this value, or null for {@link #UNKNOWN}
     */
    public String text() {
        return text;
    }

    /**
     * The value of {@code text}; {@link #UNKNOWN} for anything else, including null.
     * @param text the text
     * @return the value of {@code text}; {@link #UNKNOWN} for anything else, including null
     */
    public static Sex of(String text) {
        for (Sex s : values()) {
            if (s.text != null && s.text.equals(text)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
