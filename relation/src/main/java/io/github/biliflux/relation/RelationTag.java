package io.github.biliflux.relation;

import java.util.Objects;
/**
 * One follow group of the logged-in user (R12).
 *
 * @param tagId the tag id: {@link #SPECIAL} for special follows, {@link #DEFAULT} for the default group
 * @param name  the tag's name
 * @param count how many followings it holds
 * @param tip   the tip the live service adds ({@code tip}), empty when absent
 */
public record RelationTag(long tagId, String name, int count, String tip) {

    /** The id of the special-follow group (特别关注): -10. */
    public static final long SPECIAL = -10;
    /** The id of the default group (默认分组): 0. */
    public static final long DEFAULT = 0;

    /**
     * Null strings become empty.
     * @param tagId the tag id: {@link #SPECIAL} for special follows, {@link #DEFAULT} for the default group
     * @param name the tag's name
     * @param count how many followings it holds
     * @param tip the tip the live service adds ({@code tip}), empty when absent
     */
    public RelationTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tip, "tip");
    }

    /**
     * Whether this is the special-follow group.
     * @return whether this is the special-follow group
     */
    public boolean isSpecial() {
        return tagId == SPECIAL;
    }

    /**
     * Whether this is the default group.
     * @return whether this is the default group
     */
    public boolean isDefault() {
        return tagId == DEFAULT;
    }

    /**
     * Whether this is a group the user created (renamable and deletable, R17, R18).
     * @return whether this is a group the user created (renamable and deletable, R17, R18)
     */
    public boolean isCustom() {
        return tagId > 0;
    }
}
