package io.github.biliflux.relation;

/**
 * The order of a followings list (R2 {@code order_type}, also R13): by follow time, newest first
 * (the default, sent as an empty {@code order_type}), or most visited first ({@code attention}).
 */
public enum FollowingOrder {
    /** Newest follow first: {@code order_type} left empty. The default. */
    FOLLOW_TIME(""),
    /** Most visited first: {@code order_type=attention}. */
    MOST_VISITED("attention");

    private final String wireValue;

    FollowingOrder(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The {@code order_type} value R2 and R13 send ({@code ""}, not sent, for {@link #FOLLOW_TIME}).
     * @return the {@code order_type} value R2 and R13 send ({@code ""}, not sent, for {@link #FOLLOW_TIME})
     */
    public String wireValue() {
        return wireValue;
    }
}
