package io.github.biliflux.core;

/**
 * An answer read as text (an HTML page such as the correspond page of the cookie refresh).
 *
 * @param status the HTTP status
 * @param body   the body, decoded as UTF-8
 */
public record TextAnswer(int status, String body) {

    @Override
    public String toString() {
        return "TextAnswer[HTTP " + status + ", " + body.length() + " chars]";
    }
}
