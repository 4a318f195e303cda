package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a handler answers: the envelope code and message, the payload ({@code null} = no {@code data}
 * field) and whether the world changed.
 */
public record Reply(int code, String message, JsonNode data, boolean mutated, Raw raw) {

    /**
     * What some passport answers add to the JSON: Set-Cookie headers, or an HTML page with its status.
     *
     * @param status     the HTTP status (200 unless an HTML page says otherwise)
     * @param html       the HTML page sent instead of the JSON envelope, or null
     * @param setCookies the Set-Cookie header values
     */
    public record Raw(int status, String html, java.util.List<String> setCookies) {

        /** Set-Cookie headers on a JSON answer. */
        public static Raw cookies(java.util.List<String> setCookies) {
            return new Raw(200, null, java.util.List.copyOf(setCookies));
        }

        /** An HTML page. */
        public static Raw html(int status, String html) {
            return new Raw(status, html, java.util.List.of());
        }
    }

    /** A JSON answer without extra headers. */
    public Reply(int code, String message, JsonNode data, boolean mutated) {
        this(code, message, data, mutated, null);
    }

    /** Success with a payload, nothing changed. */
    public static Reply ok(JsonNode data) {
        return new Reply(0, "0", data, false);
    }

    /** Success after a change to the world. */
    public static Reply changed(JsonNode data) {
        return new Reply(0, "0", data, true);
    }

    /** Success whose {@code mutated} flag is computed by the handler. */
    public static Reply ok(JsonNode data, boolean mutated) {
        return new Reply(0, "0", data, mutated);
    }

    /** An error without payload. */
    public static Reply error(ApiError e) {
        return new Reply(e.code(), e.getMessage(), null, false);
    }
}
