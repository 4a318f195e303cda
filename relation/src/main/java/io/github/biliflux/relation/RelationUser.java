package io.github.biliflux.relation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a relation list: a follower (R1), a following (R2, R3, R4), a whisper (R5), a
 * blacklisted user (R6) or a tag member (R13). R13 sends only the card (mid, uname, face, sign,
 * verification, vip): its relation fields are then 0, {@link Instant#EPOCH} and empty.
 *
 * @param mid            the user's mid
 * @param attribute      the list owner's relation to the user: 0 none, 1 whisper, 2 following, 6 mutual, 128 blacklisted
 * @param mtime          when the relation began (refreshed when it became mutual); {@link Instant#EPOCH} when not sent
 * @param tags           the owner's tag ids the user is in; empty for the default group (the wire's {@code null})
 * @param special        whether the user is a special follow (tag -10)
 * @param uname          the nickname
 * @param face           the avatar URL
 * @param sign           the signature
 * @param officialVerify the official verification ({@link OfficialVerify#NONE} when absent)
 * @param vip            the big-member state ({@link Vip#NONE} when absent)
 */
public record RelationUser(long mid, int attribute, Instant mtime, List<Long> tags, boolean special, String uname,
                           String face, String sign, OfficialVerify officialVerify, Vip vip) {

    /**
     * Copies the tags; null strings become empty, a null mtime {@link Instant#EPOCH}, null nested objects NONE.
     * @param mid the user's mid
     * @param attribute the list owner's relation to the user: 0 none, 1 whisper, 2 following, 6 mutual, 128 blacklisted
     * @param mtime when the relation was made (epoch seconds)
     * @param tags the owner's tag ids the user is in; empty for the default group (the wire's {@code null})
     * @param special whether the user is a special follow (tag -10)
     * @param uname the nickname
     * @param face the avatar URL
     * @param sign the signature
     * @param officialVerify the official verification ({@link OfficialVerify#NONE} when absent)
     * @param vip the big-member state ({@link Vip#NONE} when absent)
     */
    public RelationUser {
        mtime = mtime == null ? Instant.EPOCH : mtime;
        tags = List.copyOf(tags); // Json drops null entries and reads a null list as empty
        Objects.requireNonNull(uname, "uname");
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(sign, "sign");
        officialVerify = Objects.requireNonNullElse(officialVerify, OfficialVerify.NONE);
        vip = Objects.requireNonNullElse(vip, Vip.NONE);
    }

    /**
     * Whether the list owner follows the user (openly or quietly): attribute 1, 2 or 6.
     * @return whether the list owner follows the user (openly or quietly): attribute 1, 2 or 6
     */
    public boolean following() {
        return attribute == 1 || attribute == 2 || attribute == 6;
    }

    /**
     * Whether the two follow each other: attribute 6.
     * @return whether the two follow each other: attribute 6
     */
    public boolean mutual() {
        return attribute == 6;
    }

    /**
     * Whether the user is on the owner's blacklist: attribute 128.
     * @return whether the user is on the owner's blacklist: attribute 128
     */
    public boolean blocked() {
        return attribute == 128;
    }
}
