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
     * @param <T> the type of the values
     * @param name the parameter's name, for the message
     * @param value the value
     * @return {@code value}, checked
     */
    public static <T> T notNull(String name, T value) {
        return Objects.requireNonNull(value, name + " must not be null");
    }

    /**
     * {@code value} must be in {@code min..max}.
     * @param name the parameter's name, for the message
     * @param value the value
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return {@code value}, checked
     */
    public static long range(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /**
     * {@code value} must be in {@code min..max}.
     * @param name the parameter's name, for the message
     * @param value the value
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return {@code value}, checked
     */
    public static int range(String name, int value, int min, int max) {
        return (int) range(name, (long) value, min, max);
    }

    /**
     * {@code value} must be a positive id (mid, tag id, order id ...): 1..Long.MAX_VALUE.
     * @param name the parameter's name, for the message
     * @param value the value
     * @return {@code value}, checked
     */
    public static long id(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be a positive id (>= 1), was " + value);
        }
        return value;
    }

    /**
     * {@code value} must be non-null and {@code min..max} characters long, counted as code points.
     * @param name the parameter's name, for the message
     * @param value the value
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return {@code value}, checked
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
     * @param name the parameter's name, for the message
     * @param value the value
     * @return {@code value}, checked
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
     * @param <C> the type of the values
     * @param name the parameter's name, for the message
     * @param values the values
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return {@code value}, checked
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
     * {@code condition} must hold; otherwise {@code name} is described by {@code rule}.
     * @param condition the condition
     * @param name the parameter's name, for the message
     * @param rule the rule
     */
    public static void that(boolean condition, String name, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(name + " " + rule);
        }
    }
}
