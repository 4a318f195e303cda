package io.github.biliflux.passport;

import io.github.biliflux.core.Credentials;
import java.util.Objects;

/**
 * The outcome of a cookie refresh: the new cookies and the new refresh token (keep both; the old
 * ones are dead once the refresh is confirmed). Secrets never appear in {@link #toString()}.
 *
 * @param credentials  the new cookies
 * @param refreshToken the new refresh token
 */
public record RefreshedSession(Credentials.Cookie credentials, String refreshToken) {

    /**
     * Null checks.
     *
     * @param credentials  the new cookies
     * @param refreshToken the new refresh token
     */
    public RefreshedSession {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "RefreshedSession[" + credentials + ", refreshToken=<redacted>]";
    }
}
