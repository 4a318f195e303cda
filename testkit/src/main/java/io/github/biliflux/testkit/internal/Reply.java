package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a handler answers: the envelope code and message, the payload ({@code null} = no {@code data}
 * field) and whether the world changed.
 */
public record Reply(int code, String message, JsonNode data, boolean mutated) {

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
