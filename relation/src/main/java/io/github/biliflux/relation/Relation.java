package io.github.biliflux.relation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One user's relation to another (R9, R10, R11).
 *
 * @param mid       the other user's mid
 * @param attribute 0 none, 1 whisper, 2 following, 6 mutual, 128 blacklisted
 * @param mtime     when the relation began; {@link Instant#EPOCH} when there is none (the wire's 0)
 * @param tags      the tag ids the other user is in; empty for the default group (the wire's {@code null})
 * @param special   whether the other user is a special follow (tag -10)
 */
public record Relation(long mid, int attribute, Instant mtime, List<Long> tags, boolean special) {

    /**
     * Copies the tags; a null mtime becomes {@link Instant#EPOCH}.
     * @param mid the other user's mid
     * @param attribute 0 none, 1 whisper, 2 following, 6 mutual, 128 blacklisted
     * @param mtime when the relation was made (epoch seconds)
     * @param tags the tag ids the other user is in; empty for the default group (the wire's {@code null})
     * @param special whether the other user is a special follow (tag -10)
     */
    public Relation {
        mtime = Objects.requireNonNullElse(mtime, Instant.EPOCH);
        tags = List.copyOf(tags); // Json drops null entries and reads a null list as empty
    }

    /**
     * Whether there is a follow (open or quiet): attribute 1, 2 or 6.
     * @return whether there is a follow (open or quiet): attribute 1, 2 or 6
     */
    public boolean following() {
        return attribute == 1 || attribute == 2 || attribute == 6;
    }

    /**
     * Whether the follow is quiet: attribute 1.
     * @return whether the follow is quiet: attribute 1
     */
    public boolean whisper() {
        return attribute == 1;
    }

    /**
     * Whether the two follow each other: attribute 6.
     * @return whether the two follow each other: attribute 6
     */
    public boolean mutual() {
        return attribute == 6;
    }

    /**
     * Whether the other user is blacklisted: attribute 128.
     * @return whether the other user is blacklisted: attribute 128
     */
    public boolean blocked() {
        return attribute == 128;
    }
}
