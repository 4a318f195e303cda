package io.github.biliflux.relation;

/**
 * What R7 ({@code act}) does to the relation with a user; R8 accepts only {@link #FOLLOW} and
 * {@link #BLOCK}. PROTOCOL.md: the live service refuses {@link #WHISPER} (-400, "请求错误").
 */
public enum RelationAction {
    /** act 1: follow. */
    FOLLOW(1),
    /** act 2: unfollow. */
    UNFOLLOW(2),
    /** act 3: follow quietly (whisper). Refused by the live service. */
    WHISPER(3),
    /** act 4: stop following quietly. */
    UNWHISPER(4),
    /** act 5: add to the blacklist. */
    BLOCK(5),
    /** act 6: remove from the blacklist. */
    UNBLOCK(6),
    /** act 7: remove a follower (they stop following the logged-in user). */
    REMOVE_FAN(7);

    private final int code;

    RelationAction(int code) {
        this.code = code;
    }

    /**
     * The {@code act} code R7 and R8 send.
     * @return the {@code act} code R7 and R8 send
     */
    public int code() {
        return code;
    }

    /**
     * Whether R8 (batch modify) accepts this action: only follow and block.
     * @return whether R8 (batch modify) accepts this action: only follow and block
     */
    public boolean batchable() {
        return this == FOLLOW || this == BLOCK;
    }
}
