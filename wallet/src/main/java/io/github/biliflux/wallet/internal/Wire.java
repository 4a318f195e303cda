package io.github.biliflux.wallet.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.biliflux.wallet.ChargeResult;
import io.github.biliflux.wallet.LegacyChargeResult;
import io.github.biliflux.wallet.UnknownChargeStatusException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The W1 and W2 answers as sent (spec 003), field for field, and their conversion to the public
 * records inside core's decoding step. Every field of a charge answer is read leniently
 * ({@link LenientNumber}, {@link LenientText}): once a charge may have been applied only
 * {@code status} decides, so a field sent as a string instead of a number (PROTOCOL.md: {@code exp}
 * may be either), or as anything else, must not turn a charge into a decoding error that reads as an
 * unknown outcome. {@code data} sent as {@code []} reads as an answer without fields.
 */
public final class Wire {

    private Wire() {
    }

    /** W1 data; {@code status} null when absent or not a whole number. */
    public record Charge(@JsonProperty("mid") @JsonDeserialize(using = LenientNumber.class) BigDecimal mid,
                         @JsonProperty("up_mid") @JsonDeserialize(using = LenientNumber.class) BigDecimal upMid,
                         @JsonProperty("order_no") @JsonDeserialize(using = LenientText.class) String orderNo,
                         @JsonProperty("bp_num") @JsonDeserialize(using = LenientNumber.class) BigDecimal bpNum,
                         @JsonProperty("exp") @JsonDeserialize(using = LenientNumber.class) BigDecimal exp,
                         @JsonProperty("status") @JsonDeserialize(using = LenientNumber.class) BigDecimal status,
                         @JsonProperty("msg") @JsonDeserialize(using = LenientText.class) String msg) {

        /** The record of the fields as sent. */
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Charge {
        }

        /** {@code data: []}: an answer without fields (so without a status). */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Charge ofArray(List<JsonNode> ignored) {
            return new Charge(null, null, "", null, null, null, "");
        }

        /**
         * The outcome; a status other than 4, -2, -4 throws {@link UnknownChargeStatusException}.
         *
         * @param route       the route, for the exception
         * @param requestedBp the B-coins asked, when the answer omits {@code bp_num}
         */
        public ChargeResult toResult(String route, int requestedBp) {
            Integer s = intOf(status);
            if (s == null) {
                throw new UnknownChargeStatusException(route, null, msg);
            }
            return switch (s) {
                case ChargeResult.STATUS_CHARGED -> new ChargeResult.Charged(longOf(mid), longOf(upMid), orderNo,
                        bpNum != null ? bpNum : BigDecimal.valueOf(requestedBp), whole(exp), msg);
                case ChargeResult.STATUS_BELOW_MINIMUM -> new ChargeResult.BelowMinimum(msg);
                case ChargeResult.STATUS_INSUFFICIENT_BALANCE -> new ChargeResult.InsufficientBalance(msg);
                default -> throw new UnknownChargeStatusException(route, s, msg);
            };
        }
    }

    /** W2 data. */
    public record LegacyCharge(@JsonProperty("mid") @JsonDeserialize(using = LenientNumber.class) BigDecimal mid,
                               @JsonProperty("up_mid") @JsonDeserialize(using = LenientNumber.class) BigDecimal upMid,
                               @JsonProperty("order_no") @JsonDeserialize(using = LenientText.class) String orderNo,
                               @JsonProperty("elec_num") @JsonDeserialize(using = LenientNumber.class) BigDecimal elecNum,
                               @JsonProperty("exp") @JsonDeserialize(using = LenientNumber.class) BigDecimal exp,
                               @JsonProperty("status") @JsonDeserialize(using = LenientNumber.class) BigDecimal status,
                               @JsonProperty("msg") @JsonDeserialize(using = LenientText.class) String msg) {

        /** The record of the fields as sent. */
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public LegacyCharge {
        }

        /** {@code data: []}: an answer without fields. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static LegacyCharge ofArray(List<JsonNode> ignored) {
            return new LegacyCharge(null, null, "", null, null, null, "");
        }

        /** The public record; a missing or unreadable status reads as 0 (nothing charged). */
        public LegacyChargeResult toResult() {
            Integer s = intOf(status);
            return new LegacyChargeResult(longOf(mid), longOf(upMid), orderNo, elecNum == null ? BigDecimal.ZERO : elecNum,
                    whole(exp), s == null ? 0 : s, msg);
        }
    }

    /**
     * A number as sent: a JSON number, exact (the mapper keeps floats as {@code BigDecimal}), or a
     * string holding one; null when absent, null, or anything else. Never fails.
     */
    public static final class LenientNumber extends StdDeserializer<BigDecimal> {

        /** The deserializer. */
        public LenientNumber() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (p.currentToken()) {
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return p.getDecimalValue();
                case VALUE_STRING:
                    try {
                        return new BigDecimal(p.getText().strip());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                default:
                    p.skipChildren();
                    return null;
            }
        }
    }

    /**
     * A text as sent: a string, or a number or boolean as written; {@code ""} when absent, null, an
     * array or an object (as core's mapper reads an absent or null {@code String}). Never fails.
     */
    public static final class LenientText extends StdDeserializer<String> {

        /** The deserializer. */
        public LenientText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isScalarValue()) {
                return p.getText();
            }
            p.skipChildren();
            return "";
        }

        @Override
        public String getNullValue(DeserializationContext ctxt) {
            return "";
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return "";
        }
    }

    /**
     * The whole part of an informational amount such as {@code exp}, or 0 when absent or beyond a long:
     * an odd {@code exp} must never hide that a charge went through.
     */
    static long whole(BigDecimal d) {
        if (d == null || d.precision() - d.scale() > 19) {
            return 0;
        }
        try {
            return d.setScale(0, RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            return 0;
        }
    }

    /** {@code d} as an int when it is one exactly; null otherwise. */
    private static Integer intOf(BigDecimal d) {
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** {@code d} as a long when it is one exactly; 0 otherwise. */
    private static long longOf(BigDecimal d) {
        if (d == null) {
            return 0;
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            return 0;
        }
    }
}
