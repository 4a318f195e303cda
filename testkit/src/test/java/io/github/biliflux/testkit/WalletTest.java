package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** W1 charging rules, the charge message, W2 legacy. */
class WalletTest extends EmulatorTest {

    static final String PAY = "/x/ugcpay/web/v2/trade/elec/pay/quick";
    static final String MESSAGE = "/x/ugcpay/trade/elec/message";

    private Http.Res charge(String bp) {
        return post(PAY, "bp_num", bp, "is_bp_remains_prior", "true", "up_mid", "14082", "otype", "up",
                "oid", "14082");
    }

    @Test
    void chargeDebitsOnceAndIssuesAnOrder() {
        JsonNode d = charge("10").data();
        assertThat(d.path("status").asInt()).isEqualTo(4);
        assertThat(d.path("bp_num").asInt()).isEqualTo(10);
        assertThat(d.path("exp").asInt()).isEqualTo(10);
        assertThat(d.path("mid").asLong()).isEqualTo(ME);
        assertThat(d.path("up_mid").asLong()).isEqualTo(14082);
        assertThat(world.balance(ME)).isEqualByComparingTo("90");
        String order = d.path("order_no").asText();
        assertThat(world.orders(ME)).containsEntry(order, false);
        assertThat(emu.journal().mutations()).hasSize(1);
        JsonNode frac = charge("2.5").data();
        assertThat(frac.path("exp").asInt()).isEqualTo(2);
        assertThat(world.balance(ME)).isEqualByComparingTo("87.5");
    }

    @Test
    void aChargeWithoutTheBalanceFlagOrWithAMismatchedSpaceIsRefused() {
        Http.Res noFlag = post(PAY, "bp_num", "10", "up_mid", "14082", "otype", "up", "oid", "14082");
        assertThat(noFlag.code()).isEqualTo(-400);
        Http.Res otherOid = post(PAY, "bp_num", "10", "is_bp_remains_prior", "false", "up_mid", "14082", "otype", "up", "oid", "99");
        assertThat(otherOid.code()).isEqualTo(-400);
        Http.Res video = post(PAY, "bp_num", "10", "is_bp_remains_prior", "false", "up_mid", "14082", "otype", "archive", "oid", "99");
        assertThat(video.data().path("status").asInt()).isEqualTo(4);
        assertThat(world.balance(ME)).isEqualByComparingTo("90");
    }

    @Test
    void belowMinimumAndNotEnoughCoinsChargeNothing() {
        JsonNode low = charge("1").data();
        assertThat(low.path("status").asInt()).isEqualTo(-2);
        assertThat(low.path("order_no").asText()).isEmpty();
        world.setBalance(ME, new BigDecimal("5"));
        Http.Res poor = charge("6");
        assertCode(poor, 0);
        assertThat(poor.data().path("status").asInt()).isEqualTo(-4);
        assertThat(world.balance(ME)).isEqualByComparingTo("5");
        assertThat(emu.journal().mutations()).isEmpty();
        assertCode(charge("10000"), -400);
        assertCode(charge("abc"), -400);
        assertCode(post(PAY, "bp_num", "5", "up_mid", "1", "otype", "video", "oid", "1"), -400);
        world.capMode(CapMode.SPEC);
        assertThat(charge("19").data().path("status").asInt()).isEqualTo(-2);
        assertThat(charge("20").data().path("status").asInt()).isEqualTo(-4);
    }

    @Test
    void chargeNeedsCookieAndCsrf() {
        assertCode(post(PAY, "bp_num", "5", "is_bp_remains_prior", "true", "up_mid", "1", "otype", "up", "oid", "1", "csrf", "wrong"), -111);
        assertCode(http.post(PAY, map("bp_num", "5", "is_bp_remains_prior", "true", "up_mid", "1", "otype", "up", "oid", "1"), null), -101);
        assertCode(http.post(PAY, map("bp_num", "5", "is_bp_remains_prior", "true", "up_mid", "1", "otype", "up", "oid", "1", "csrf_token", csrf),
                cookie), 0);
        assertThat(world.balance(ME)).isEqualByComparingTo("95");
    }

    @Test
    void oneMessagePerOrder() {
        String order = charge("3").data().path("order_no").asText();
        assertCode(post(MESSAGE, "order_id", order, "message", "加油！"), 0);
        assertThat(world.orders(ME)).containsEntry(order, true);
        assertCode(post(MESSAGE, "order_id", order, "message", "again"), 88203);
        assertCode(post(MESSAGE, "order_id", "nope", "message", "x"), -400);
        assertCode(postAs(World.FRIEND_MID, MESSAGE, "order_id", order, "message", "x"), -400);
    }

    @Test
    void legacyChargeAnswersStatusZeroAndChargesNothing() {
        Http.Res r = post("/x/ugcpay/trade/elec/pay/quick", "elec_num", "20", "up_mid", "14082", "otype", "up",
                "oid", "14082");
        assertCode(r, 0);
        assertThat(r.data().path("status").asInt()).isZero();
        assertThat(world.balance(ME)).isEqualByComparingTo("100");
        assertThat(emu.journal().mutations()).isEmpty();
    }
}
