package io.github.biliflux.manga;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A coupon's {@code reason} (how it was obtained) or {@code type} (M1). The spec's table says a
 * number (a code), the example answer sends the text ({@code "积分兑换"}, {@code "福利券"}): this
 * keeps whichever came, and both when both are known (the type's code also comes as
 * {@code type_num}).
 *
 * @param code the numeric code, when one was sent
 * @param text the text, when one was sent
 */
public record CouponLabel(OptionalInt code, Optional<String> text) {

    /** Neither a code nor a text: the field was absent. */
    public static final CouponLabel EMPTY = new CouponLabel(OptionalInt.empty(), Optional.empty());

    public CouponLabel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /** A label with a code only (M1). */
    public static CouponLabel ofCode(int code) {
        return new CouponLabel(OptionalInt.of(code), Optional.empty());
    }

    /** A label with a text only (M1). */
    public static CouponLabel ofText(String text) {
        return new CouponLabel(OptionalInt.empty(), Optional.of(text));
    }

    /** This label with {@code code} when it has none yet (M1: {@code type_num} completes a textual {@code type}). */
    public CouponLabel withCodeIfAbsent(int code) {
        return this.code.isPresent() ? this : new CouponLabel(OptionalInt.of(code), text);
    }

    /**
     * Decodes a label from a number, a numeric string (a code), any other string (a text), or an
     * object with {@code code}/{@code id} and {@code text}/{@code name} (M1).
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CouponLabel fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return EMPTY;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return ofCode(node.intValue());
        }
        if (node.isTextual()) {
            String s = node.textValue().strip();
            if (s.isEmpty()) {
                return EMPTY;
            }
            if (s.matches("-?\\d{1,9}")) {
                return ofCode(Integer.parseInt(s));
            }
            return ofText(node.textValue());
        }
        if (node.isObject()) {
            JsonNode c = node.has("code") ? node.get("code") : node.get("id");
            JsonNode t = node.has("text") ? node.get("text") : node.get("name");
            OptionalInt code = c != null && c.canConvertToInt() && (c.isNumber() || c.asText().matches("-?\\d{1,9}"))
                    ? OptionalInt.of(c.asInt()) : OptionalInt.empty();
            Optional<String> text = t != null && t.isTextual() ? Optional.of(t.textValue()) : Optional.empty();
            return new CouponLabel(code, text);
        }
        throw new IllegalArgumentException("a coupon label must be a number, a string or an object, was " + node.getNodeType());
    }

    /** The text if there is one, else the code, else "". */
    @Override
    public String toString() {
        return text.orElseGet(() -> code.isPresent() ? Integer.toString(code.getAsInt()) : "");
    }
}
