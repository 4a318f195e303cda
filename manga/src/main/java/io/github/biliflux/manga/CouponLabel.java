package io.github.biliflux.manga;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.biliflux.manga.internal.CouponLabelDeserializer;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A coupon's {@code reason} (how it was obtained) or {@code type} (M1). The spec's table says a
 * number (a code), the example answer sends the text ({@code "积分兑换"}, {@code "福利券"}): this
 * keeps whichever came, and both when both are known (the type's code also comes as
 * {@code type_num}). Decoded from a number, a numeric string (a code), any other string (a text), or
 * an object with {@code code}/{@code id} and {@code text}/{@code name}.
 *
 * @param code the numeric code, when one was sent
 * @param text the text, when one was sent
 */
@JsonDeserialize(using = CouponLabelDeserializer.class)
public record CouponLabel(OptionalInt code, Optional<String> text) {

    /** Neither a code nor a text: the field was absent. */
    public static final CouponLabel EMPTY = new CouponLabel(OptionalInt.empty(), Optional.empty());

    /**
     * Both parts must be non-null (use the empty optionals) (M1).
     * @param code the numeric code, when one was sent
     * @param text the text, when one was sent
     */
    public CouponLabel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A label with a code only (M1).
     * @param code the server's code
     * @return a label with a code only (M1)
     */
    public static CouponLabel ofCode(int code) {
        return new CouponLabel(OptionalInt.of(code), Optional.empty());
    }

    /**
     * A label with a text only (M1).
     * @param text the text
     * @return a label with a text only (M1)
     */
    public static CouponLabel ofText(String text) {
        return new CouponLabel(OptionalInt.empty(), Optional.of(text));
    }

    /**
     * This label with {@code code} when it has none yet (M1: {@code type_num} completes a textual {@code type}).
     * @param code the server's code
     * @return this, for chaining
     */
    public CouponLabel withCodeIfAbsent(int code) {
        return this.code.isPresent() ? this : new CouponLabel(OptionalInt.of(code), text);
    }

    /** The text if there is one, else the code, else "". */
    @Override
    public String toString() {
        return text.orElseGet(() -> code.isPresent() ? Integer.toString(code.getAsInt()) : "");
    }
}
