package io.github.biliflux.wallet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.biliflux.wallet.ChargeResult;
import io.github.biliflux.wallet.LegacyChargeResult;
import io.github.biliflux.wallet.UnknownChargeStatusException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads W1 and W2 answers from the JSON tree rather than a typed record: once a charge may have
 * been applied, a field sent as a string instead of a number (PROTOCOL.md: {@code exp} may be
 * either) must not turn a charge into a decoding error that invites a second charge.
 */
public final class ChargeAnswers {

    private ChargeAnswers() {
    }

    /** The outcome of W1 {@code data}; a status other than 4, -2, -4 throws {@link UnknownChargeStatusException}. */
    public static ChargeResult charge(String route, JsonNode data, int requestedBp) {
        Integer status = integer(data.get("status"));
        String msg = text(data.get("msg"));
        if (status == null) {
            throw new UnknownChargeStatusException(route, null, msg);
        }
        return switch (status) {
            case ChargeResult.STATUS_CHARGED -> {
                BigDecimal bp = decimal(data.get("bp_num"));
                BigDecimal exp = decimal(data.get("exp"));
                yield new ChargeResult.Charged(longOf(data.get("mid")), longOf(data.get("up_mid")), text(data.get("order_no")),
                        bp != null ? bp : BigDecimal.valueOf(requestedBp),
                        whole(exp), msg);
            }
            case ChargeResult.STATUS_BELOW_MINIMUM -> new ChargeResult.BelowMinimum(msg);
            case ChargeResult.STATUS_INSUFFICIENT_BALANCE -> new ChargeResult.InsufficientBalance(msg);
            default -> throw new UnknownChargeStatusException(route, status, msg);
        };
    }

    /** W2 {@code data} as sent; a missing or unreadable status reads as 0 (nothing charged). */
    public static LegacyChargeResult legacy(JsonNode data) {
        BigDecimal elec = decimal(data.get("elec_num"));
        BigDecimal exp = decimal(data.get("exp"));
        Integer status = integer(data.get("status"));
        return new LegacyChargeResult(longOf(data.get("mid")), longOf(data.get("up_mid")), text(data.get("order_no")),
                elec == null ? BigDecimal.ZERO : elec, whole(exp),
                status == null ? 0 : status, text(data.get("msg")));
    }

    /** A number, or a string holding one; null otherwise. Exact: the mapper keeps floats as BigDecimal. */
    static BigDecimal decimal(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
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

    private static Integer integer(JsonNode n) {
        BigDecimal d = decimal(n);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static long longOf(JsonNode n) {
        BigDecimal d = decimal(n);
        if (d == null) {
            return 0;
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            return 0;
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? "" : n.asText();
    }
}
