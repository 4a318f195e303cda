package io.github.biliflux.manga.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.biliflux.manga.CouponLabel;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decodes a coupon's {@code reason} or {@code type} (M1): a number or a numeric string is a code,
 * another string a text, an object may carry both ({@code code}/{@code id}, {@code text}/{@code name}).
 * Other shapes are reported as an input mismatch, so the client reports a decoding error (not retried).
 */
public final class CouponLabelDeserializer extends StdDeserializer<CouponLabel> {

    /** The deserializer Jackson instantiates from {@code @JsonDeserialize}. */
    public CouponLabelDeserializer() {
        super(CouponLabel.class);
    }

    @Override
    public CouponLabel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return CouponLabel.EMPTY;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return CouponLabel.ofCode(node.intValue());
        }
        if (node.isTextual()) {
            String s = node.textValue().strip();
            if (s.isEmpty()) {
                return CouponLabel.EMPTY;
            }
            return s.matches("-?\\d{1,9}") ? CouponLabel.ofCode(Integer.parseInt(s)) : CouponLabel.ofText(node.textValue());
        }
        if (node.isObject()) {
            JsonNode c = node.has("code") ? node.get("code") : node.get("id");
            JsonNode t = node.has("text") ? node.get("text") : node.get("name");
            OptionalInt code = c != null && (c.isIntegralNumber() || c.asText().matches("-?\\d{1,9}")) && c.canConvertToInt()
                    ? OptionalInt.of(c.asInt()) : OptionalInt.empty();
            Optional<String> text = t != null && t.isTextual() ? Optional.of(t.textValue()) : Optional.empty();
            return new CouponLabel(code, text);
        }
        return (CouponLabel) ctxt.reportInputMismatch(CouponLabel.class,
                "a coupon label must be a number, a string or an object, was %s", node.getNodeType());
    }

    @Override
    public CouponLabel getNullValue(DeserializationContext ctxt) {
        return CouponLabel.EMPTY;
    }
}
