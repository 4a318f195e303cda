package io.github.biliflux.course;

/**
 * A paid course's {@code status} (C1), as the spec's table documents it: 1 watchable, 2 not
 * watchable. The spec's own example answers -1 and 10, which the table does not explain: those, and
 * any other value, are {@link #UNKNOWN}, and {@link PaidCourse#statusCode()} keeps the raw value.
 */
public enum CourseStatus {
    /** 1: the episodes can be watched. */
    WATCHABLE(1),
    /** 2: the episodes cannot be watched. */
    NOT_WATCHABLE(2),
    /** Any other value (the example's -1 and 10); see {@link PaidCourse#statusCode()}. */
    UNKNOWN(Integer.MIN_VALUE);

    private final int code;

    CourseStatus(int code) {
        this.code = code;
    }

    /**
     * The documented code, or {@link Integer#MIN_VALUE} for {@link #UNKNOWN} (C1).
     * @return the documented code, or {@link Integer#MIN_VALUE} for {@link #UNKNOWN} (C1)
     */
    public int code() {
        return code;
    }

    /**
     * The status of {@code code}: {@link #UNKNOWN} for undocumented values (C1).
     * @param code the server's code
     * @return the status of {@code code}: {@link #UNKNOWN} for undocumented values (C1)
     */
    public static CourseStatus of(int code) {
        return switch (code) {
            case 1 -> WATCHABLE;
            case 2 -> NOT_WATCHABLE;
            default -> UNKNOWN;
        };
    }
}
