package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.biliflux.testkit.CapMode;
import io.github.biliflux.testkit.internal.Records.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/** W1 (charge with B-coins, and the charge message), W2 (legacy, expired). */
final class WalletHandlers {

    private static final Set<String> OTYPES = Set.of("up", "archive");

    private WalletHandlers() {
    }

    /**
     * W1: code 0 whatever happens to the money; {@code data.status} 4 charged (balance debited once,
     * {@code order_no} issued), -2 below the minimum (live 2, spec 20), -4 not enough B-coins.
     * Above the maximum (live 9999, spec 99990), a missing {@code is_bp_remains_prior}, a space charge
     * whose {@code oid} is not its {@code up_mid}, or another bad param -> -400.
     */
    static Reply charge(Call c) {
        WorldState w = c.world();
        BigDecimal bp = decimal(c.req().param("bp_num"));
        long upMid = c.req().requiredLong("up_mid");
        String otype = c.req().param("otype");
        long oid = c.req().requiredLong("oid");
        String prior = c.req().param("is_bp_remains_prior");
        boolean spec = w.capMode() == CapMode.SPEC;
        // The spec marks is_bp_remains_prior as required, and a space charge names the up as its oid.
        if (!"true".equals(prior) && !"false".equals(prior) || "up".equals(otype) && oid != upMid) {
            throw ApiError.badRequest();
        }
        BigDecimal min = BigDecimal.valueOf(spec ? 20 : 2);
        BigDecimal max = BigDecimal.valueOf(spec ? 99990 : 9999);
        if (!OTYPES.contains(otype) || upMid <= 0 || bp.compareTo(max) > 0) {
            throw ApiError.badRequest();
        }
        if (bp.compareTo(min) < 0) {
            return Reply.ok(failure(-2, "elec raw order create failed: 88201"));
        }
        if (w.account(c.mid()).balance.compareTo(bp) < 0) {
            return Reply.ok(failure(-4, "bp.to.battery http failed, invalid args, errNo=800409904: B 币余额不足"));
        }
        Order order = w.charge(c.mid(), upMid, bp);
        ObjectNode data = Json.obj().put("mid", c.mid()).put("up_mid", upMid).put("order_no", order.orderNo());
        data.set("bp_num", Views.number(bp));
        data.put("exp", bp.setScale(0, RoundingMode.DOWN).intValueExact()).put("status", 4).put("msg", "");
        return Reply.changed(data);
    }

    /** The charge message: one per order of the caller; 88203 when already left. */
    static Reply message(Call c) {
        WorldState w = c.world();
        String orderId = c.req().param("order_id");
        String message = c.req().param("message");
        Order order = orderId == null ? null : w.orders.get(orderId);
        if (order == null || order.payer() != c.mid() || message == null || message.isBlank()) {
            throw ApiError.badRequest();
        }
        if (!w.ordersWithMessage.add(orderId)) {
            throw new ApiError(88203, "已经留言过了");
        }
        return Reply.changed(null);
    }

    /** W2 (expired upstream): code 0, status 0, nothing charged. */
    static Reply legacyCharge(Call c) {
        long upMid = c.req().requiredLong("up_mid");
        c.req().intParam("elec_num", 0);
        return Reply.ok(Json.obj().put("mid", c.mid()).put("up_mid", upMid).put("order_no", "")
                .put("elec_num", 0).put("exp", 0).put("status", 0).put("msg", ""));
    }

    private static ObjectNode failure(int status, String msg) {
        return Json.obj().put("mid", 0).put("up_mid", 0).put("order_no", "").put("bp_num", 0).put("exp", 0)
                .put("status", status).put("msg", msg);
    }

    private static BigDecimal decimal(String v) {
        if (v == null || v.isBlank()) {
            throw ApiError.badRequest();
        }
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest();
        }
    }
}
