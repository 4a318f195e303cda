package io.github.biliflux.relation;

import java.util.Objects;

/**
 * A user's official verification ({@code official_verify}, R1-R6, R13).
 *
 * @param type     the kind of verification
 * @param typeCode the wire code as sent (-1, 0, 1, or an undocumented one)
 * @param desc     the verification text, empty when none
 */
public record OfficialVerify(OfficialType type, int typeCode, String desc) {

    /** No verification: what an absent {@code official_verify} means. */
    public static final OfficialVerify NONE = new OfficialVerify(OfficialType.NONE, -1, "");

    /**
     * Rejects a null type; a null desc becomes empty.
     * @param type the kind of verification
     * @param typeCode the wire code as sent (-1, 0, 1, or an undocumented one)
     * @param desc the verification text, empty when none
     */
    public OfficialVerify {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(desc, "desc");
    }

    /**
     * The verification of wire code {@code typeCode} with {@code desc}.
     * @param typeCode the type code
     * @param desc the desc
     * @return the verification of wire code {@code typeCode} with {@code desc}
     */
    public static OfficialVerify of(int typeCode, String desc) {
        return new OfficialVerify(OfficialType.of(typeCode), typeCode, desc);
    }

    /**
     * Whether the user is verified (person or organisation).
     * @return whether the user is verified (person or organisation)
     */
    public boolean verified() {
        return type == OfficialType.PERSONAL || type == OfficialType.ORGANIZATION;
    }
}
