package io.github.biliflux.core;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link CredentialStore} keeps of a web session: the cookies, the refresh token (the
 * browser's {@code ac_time_value}), when the service last said whether a refresh is needed, and a
 * refreshed set not yet confirmed (PROTOCOL.md "Sessions", steps 4 and 5). Secrets never appear in
 * {@link #toString()}.
 *
 * @param credentials  the cookies in use
 * @param refreshToken the refresh token that goes with them (may be empty when unknown)
 * @param checkedAt    when the refresh check last answered, or {@link Instant#EPOCH} when never
 * @param pending      the refreshed set awaiting confirmation, or null
 */
public record SessionState(Credentials.Cookie credentials, String refreshToken, Instant checkedAt, Pending pending) {

    /**
     * A refreshed set (step 4 answered) whose confirmation (step 5) has not succeeded yet.
     *
     * @param credentials  the new cookies
     * @param refreshToken the new refresh token
     */
    public record Pending(Credentials.Cookie credentials, String refreshToken) {

        /**
         * Null checks.
         *
         * @param credentials  the new cookies
         * @param refreshToken the new refresh token
         */
        public Pending {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(refreshToken, "refreshToken");
        }

        @Override
        public String toString() {
            return "Pending[" + credentials + ", refreshToken=<redacted>]";
        }
    }

    /**
     * Null checks.
     *
     * @param credentials  the cookies in use
     * @param refreshToken their refresh token
     * @param checkedAt    when last checked
     * @param pending      the refreshed set awaiting confirmation, or null
     */
    public SessionState {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /**
     * A session never checked, with nothing pending.
     *
     * @param credentials  the cookies
     * @param refreshToken the refresh token
     * @return the state
     */
    public static SessionState of(Credentials.Cookie credentials, String refreshToken) {
        return new SessionState(credentials, refreshToken, Instant.EPOCH, null);
    }

    /**
     * This state checked at {@code at}.
     *
     * @param at when the check answered
     * @return the new state
     */
    public SessionState checked(Instant at) {
        return new SessionState(credentials, refreshToken, at, pending);
    }

    /**
     * This state with a refreshed set awaiting confirmation.
     *
     * @param next the refreshed set
     * @return the new state
     */
    public SessionState withPending(Pending next) {
        return new SessionState(credentials, refreshToken, checkedAt, Objects.requireNonNull(next, "next"));
    }

    /**
     * The pending set promoted to the one in use (after step 5 succeeded, or was found done).
     *
     * @param at when this was established
     * @return the new state
     */
    public SessionState promoted(Instant at) {
        if (pending == null) {
            throw new IllegalStateException("nothing pending");
        }
        return new SessionState(pending.credentials(), pending.refreshToken(), at, null);
    }

    /**
     * This state without its pending set (the refresh never took effect).
     *
     * @return the new state
     */
    public SessionState withoutPending() {
        return new SessionState(credentials, refreshToken, checkedAt, null);
    }

    @Override
    public String toString() {
        return "SessionState[" + credentials + ", refreshToken=<redacted>, checkedAt=" + checkedAt
                + (pending != null ? ", pending" : "") + "]";
    }
}
