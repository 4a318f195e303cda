package io.github.biliflux.core;

import java.util.Collection;
import java.util.Objects;

/**
 * Argument checks shared by every module: each throws {@link IllegalArgumentException} naming the
 * parameter and the allowed range (or {@link NullPointerException} naming a null one), so bad
 * input fails at the call, before any request is built.
 */
public final class Check {

    private Check() {
    }

    /**
     * {@code value} must not be null.
     *
     * @param <T>   the value's type
     * @param name  the parameter's name, for the message
     * @param value the argument to check
     * @return {@code value}, never null
     * @throws NullPointerException naming {@code name} when {@code value} is null
     */
    public static <T> T notNull(String name, T value) {
        return Objects.requireNonNull(value, name + " must not be null");
    }

    /**
     * {@code value} must be in {@code min..max}.
     *
     * @param name  the parameter's name, for the message
     * @param value the argument to check
     * @param min   the smallest allowed value, inclusive
     * @param max   the largest allowed value, inclusive
     * @return {@code value}
     * @throws IllegalArgumentException naming the range when {@code value} is outside it
     */
    public static long range(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /**
     * {@code value} must be in {@code min..max}.
     *
     * @param name  the parameter's name, for the message
     * @param value the argument to check
     * @param min   the smallest allowed value, inclusive
     * @param max   the largest allowed value, inclusive
     * @return {@code value}
     * @throws IllegalArgumentException naming the range when {@code value} is outside it
     */
    public static int range(String name, int value, int min, int max) {
        return (int) range(name, (long) value, min, max);
    }

    /**
     * {@code value} must be a positive id (mid, tag id, order id ...): 1..Long.MAX_VALUE.
     *
     * @param name  the parameter's name, for the message
     * @param value the id to check
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} is 0 or negative
     */
    public static long id(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be a positive id (>= 1), was " + value);
        }
        return value;
    }

    /**
     * {@code value} must be non-null and {@code min..max} characters long, counted as code points.
     *
     * @param name  the parameter's name, for the message
     * @param value the text to check
     * @param min   the fewest code points allowed, inclusive
     * @param max   the most code points allowed, inclusive
     * @return {@code value}
     * @throws NullPointerException naming {@code name} when {@code value} is null
     * @throws IllegalArgumentException naming the allowed length when {@code value} is shorter or longer
     */
    public static String length(String name, String value, int min, int max) {
        notNull(name, value);
        int n = value.codePointCount(0, value.length());
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + " characters long, was " + n);
        }
        return value;
    }

    /**
     * {@code value} must be non-null and not blank.
     *
     * @param name  the parameter's name, for the message
     * @param value the text to check
     * @return {@code value}
     * @throws NullPointerException naming {@code name} when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is empty or only whitespace
     */
    public static String notBlank(String name, String value) {
        notNull(name, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * {@code values} must be non-null, without null elements, and hold {@code min..max} elements.
     *
     * @param <C>    the collection's type
     * @param name   the parameter's name, for the message
     * @param values the collection to check
     * @param min    the fewest elements allowed, inclusive
     * @param max    the most elements allowed, inclusive
     * @return {@code values}
     * @throws NullPointerException naming {@code name} when {@code values} is null
     * @throws IllegalArgumentException when an element is null or the size is outside {@code min..max}
     */
    public static <C extends Collection<?>> C size(String name, C values, int min, int max) {
        notNull(name, values);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null");
        }
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(name + " must hold " + min + ".." + max + " elements, held " + values.size());
        }
        return values;
    }

    /**
     * {@code value} must be a non-empty RFC 6265 cookie value: cookie-octets only (visible ASCII
     * except space, {@code "}, {@code ,}, {@code ;} and backslash). The value is never repeated in
     * the message; the position of the first bad character is.
     *
     * @param name  the parameter's name, for the message
     * @param value the cookie value to check
     * @return {@code value}
     * @throws NullPointerException naming {@code name} when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is empty or holds a character that is not a cookie-octet
     */
    public static String cookieValue(String name, String value) {
        notNull(name, value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E || c == '"' || c == ',' || c == ';' || c == '\\') {
                throw new IllegalArgumentException(name + " must hold RFC 6265 cookie-octets only (visible ASCII except"
                        + " space, '\"', ',', ';' and backslash); the character at index " + i + " is not one");
            }
        }
        return value;
    }

    /**
     * {@code value} must be a non-blank HTTP header value of visible ASCII, space and tab only (no
     * control character, no line break, nothing beyond ASCII). The value is never repeated.
     *
     * @param name  the parameter's name, for the message
     * @param value the header value to check
     * @return {@code value}
     * @throws NullPointerException naming {@code name} when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is blank or holds a character outside visible ASCII, space and tab
     */
    public static String headerValue(String name, String value) {
        notBlank(name, value);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7E) {
                throw new IllegalArgumentException(name + " must hold visible ASCII, space and tab only;"
                        + " the character at index " + i + " is not one");
            }
        }
        return value;
    }

    /**
     * {@code value} must be non-null text that can be sent as UTF-8 unchanged: no NUL and no lone
     * (unpaired) surrogate, which would otherwise go out as {@code ?}. The value is never repeated.
     *
     * @param name  the parameter's name, for the message
     * @param value the text to check
     * @return {@code value}
     * @throws NullPointerException naming {@code name} when {@code value} is null
     * @throws IllegalArgumentException when {@code value} holds a NUL or a lone surrogate
     */
    public static String text(String name, String value) {
        notNull(name, value);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw new IllegalArgumentException(name + " must not contain NUL; the character at index " + i + " is one");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " must not contain a lone surrogate (not valid Unicode text);"
                        + " the character at index " + i + " is one");
            }
        }
        return value;
    }

    /**
     * {@code condition} must hold; otherwise {@code name} is described by {@code rule}.
     *
     * @param condition the rule's outcome for the argument, computed by the caller
     * @param name      the parameter's name, for the message
     * @param rule      what the parameter must be, completing the message after the name ("must be even")
     * @throws IllegalArgumentException reading {@code name + " " + rule} when {@code condition} is false
     */
    public static void that(boolean condition, String name, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(name + " " + rule);
        }
    }
}
