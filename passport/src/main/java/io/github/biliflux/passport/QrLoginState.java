package io.github.biliflux.passport;

import io.github.biliflux.core.Credentials;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a QR login, in order: {@link QrCode} (show it), {@link Scanned} (the phone scanned it),
 * then one terminal state: {@link LoggedIn} (web), {@link AppLoggedIn} (TV) or {@link Expired}.
 * Secrets never appear in {@code toString()}.
 */
public sealed interface QrLoginState {

    /**
     * Whether the login ended with this state.
     *
     * @return true for logged-in and expired states
     */
    default boolean terminal() {
        return !(this instanceof QrCode) && !(this instanceof Scanned);
    }

    /**
     * The text to show as a QR code, and the key the polls name (a login handle: keep it private).
     *
     * @param url the text to encode in the QR code
     * @param key the qrcode_key (web) or auth_code (TV)
     */
    record QrCode(String url, String key) implements QrLoginState {
        /**
         * Null checks.
         *
         * @param url the text to encode
         * @param key the key the polls name
         */
        public QrCode {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "QrCode[url=<" + url.length() + " chars>, key=<redacted>]";
        }
    }

    /** The phone scanned the code; the user has not confirmed yet. */
    record Scanned() implements QrLoginState {
    }

    /** The code expired (180 s) before the user confirmed: ask for a new one. */
    record Expired() implements QrLoginState {
    }

    /**
     * Web login done.
     *
     * @param credentials  the new cookies (SESSDATA, bili_jct, DedeUserID, DedeUserID__ckMd5, sid)
     * @param refreshToken the refresh token (the browser's {@code ac_time_value}): keep it
     * @param at           when the service logged the user in
     */
    record LoggedIn(Credentials.Cookie credentials, String refreshToken, Instant at) implements QrLoginState {
        /**
         * Null checks.
         *
         * @param credentials  the new cookies
         * @param refreshToken the refresh token
         * @param at           when the user was logged in
         */
        public LoggedIn {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String toString() {
            return "LoggedIn[" + credentials + ", refreshToken=<redacted>, at=" + at + "]";
        }
    }

    /**
     * TV login done: app credentials.
     *
     * @param credentials  the access token, signed with the TV app key
     * @param refreshToken the app refresh token
     * @param mid          the logged-in user
     * @param expiresAt    when the access token expires
     * @param cookies      the web cookies the answer also carried, or null
     */
    record AppLoggedIn(Credentials.App credentials, String refreshToken, long mid, Instant expiresAt,
                       Credentials.Cookie cookies) implements QrLoginState {
        /**
         * Null checks.
         *
         * @param credentials  the access token
         * @param refreshToken the app refresh token
         * @param mid          the logged-in user
         * @param expiresAt    when the access token expires
         * @param cookies      the web cookies, or null
         */
        public AppLoggedIn {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /**
         * The web cookies, when the answer carried them.
         *
         * @return the cookies
         */
        public Optional<Credentials.Cookie> webCookies() {
            return Optional.ofNullable(cookies);
        }

        @Override
        public String toString() {
            return "AppLoggedIn[" + credentials + ", refreshToken=<redacted>, mid=" + mid + ", expiresAt=" + expiresAt
                    + (cookies != null ? ", cookies" : "") + "]";
        }
    }
}
