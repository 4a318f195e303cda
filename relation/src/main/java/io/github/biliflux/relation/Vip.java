package io.github.biliflux.relation;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's big-member (大会员) state as relation lists show it ({@code vip}, R1-R6, R13).
 *
 * @param vipType       0 none, 1 monthly, 2 yearly or longer
 * @param vipDueDate    when the membership ends (the wire sends epoch milliseconds; {@link Instant#EPOCH} for 0)
 * @param vipStatus     0 none, 1 active
 * @param dueRemark     undocumented, usually empty
 * @param accessStatus  undocumented, usually 0
 * @param vipStatusWarn undocumented, usually empty
 * @param themeType     undocumented, usually 0
 * @param labelPath     {@code label.path}, undocumented, usually empty
 */
public record Vip(int vipType, Instant vipDueDate, int vipStatus, String dueRemark, int accessStatus,
                  String vipStatusWarn, int themeType, String labelPath) {

    /** No membership: what an absent {@code vip} means. */
    public static final Vip NONE = new Vip(0, Instant.EPOCH, 0, "", 0, "", 0, "");

    /**
     * Rejects a null due date; null strings become empty.
     * @param vipType 0 none, 1 monthly, 2 yearly or longer
     * @param vipDueDate when the membership ends (the wire sends epoch milliseconds; {@link Instant#EPOCH} for 0)
     * @param vipStatus 0 none, 1 active
     * @param dueRemark undocumented, usually empty
     * @param accessStatus undocumented, usually 0
     * @param vipStatusWarn undocumented, usually empty
     * @param themeType undocumented, usually 0
     * @param labelPath {@code label.path}, undocumented, usually empty
     */
    public Vip {
        Objects.requireNonNull(vipDueDate, "vipDueDate");
        Objects.requireNonNull(dueRemark, "dueRemark");
        Objects.requireNonNull(vipStatusWarn, "vipStatusWarn");
        Objects.requireNonNull(labelPath, "labelPath");
    }

    /**
     * Whether the membership is active ({@code vipStatus == 1}).
     * @return whether the membership is active ({@code vipStatus == 1})
     */
    public boolean active() {
        return vipStatus == 1;
    }
}
