package io.github.biliflux.wallet;

import io.github.biliflux.testing.StubServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BadRequestException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.CsrfException;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.NotLoggedInException;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.testkit.CapMode;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** W1 outcomes and form, validation before sending, cookie-only auth, the charge message, W2. */
class WalletClientTest extends WalletEmulatorTest {

    static final String CHARGE = "/x/ugcpay/web/v2/trade/elec/pay/quick";
    static final String MESSAGE = "/x/ugcpay/trade/elec/message";
    static final String LEGACY = "/x/ugcpay/trade/elec/pay/quick";
    static final long UP = World.FRIEND_MID;

    @Test
    void chargeOfFourDebitsTheBalanceOnce() {
        assertThat(balance()).isEqualByComparingTo("100");
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 4))
                .assertNext(r -> {
                    assertThat(r).isInstanceOf(ChargeResult.Charged.class);
                    ChargeResult.Charged c = (ChargeResult.Charged) r;
                    assertThat(c.mid()).isEqualTo(World.DEMO_MID);
                    assertThat(c.upMid()).isEqualTo(UP);
                    assertThat(c.orderNo()).isNotBlank();
                    assertThat(c.bpNum()).isEqualByComparingTo("4");
                    assertThat(c.exp()).isEqualTo(4);
                    assertThat(c.status()).isEqualTo(4);
                    assertThat(c.msg()).isEmpty();
                    assertThat(c.charged()).isTrue();
                    assertThat(fx.emu.world().orders(World.DEMO_MID)).containsEntry(c.orderNo(), false);
                })
                .verifyComplete();
        assertThat(balance()).isEqualByComparingTo("96");
        assertThat(fx.emu.journal().entries(CHARGE)).singleElement().satisfies(e -> {
            assertThat(e.method()).isEqualTo("POST");
            assertThat(e.form()).containsAllEntriesOf(Map.of("bp_num", "4", "is_bp_remains_prior", "true",
                    "up_mid", String.valueOf(UP), "otype", "up", "oid", String.valueOf(UP), "csrf", fx.session.biliJct()));
            assertThat(e.mutated()).isTrue();
        });
    }

    @Test
    void chargeFromAVideoSendsArchiveAndTheAvid() {
        StepVerifier.create(wallet.charge(ChargeTarget.video(UP, 170001L), 2, false))
                .assertNext(r -> assertThat(r.charged()).isTrue())
                .verifyComplete();
        Journal.Entry e = fx.emu.journal().entries(CHARGE).get(0);
        assertThat(e.form()).containsEntry("otype", "archive").containsEntry("oid", "170001")
                .containsEntry("up_mid", String.valueOf(UP)).containsEntry("is_bp_remains_prior", "false")
                .containsEntry("bp_num", "2");
        assertThat(balance()).isEqualByComparingTo("98");
    }

    @Test
    void belowTheMinimumIsMinus2AndSpendsNothing() {
        // The emulator's SPEC mode keeps the spec's minimum of 20: 10 is within the live bounds but below it.
        fx.emu.world().capMode(CapMode.SPEC);
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 10))
                .assertNext(r -> {
                    assertThat(r).isInstanceOf(ChargeResult.BelowMinimum.class);
                    assertThat(r.status()).isEqualTo(-2);
                    assertThat(r.msg()).contains("88201");
                    assertThat(r.charged()).isFalse();
                })
                .verifyComplete();
        assertThat(balance()).isEqualByComparingTo("100");
        assertThat(fx.emu.world().orders(World.DEMO_MID)).isEmpty();
    }

    @Test
    void notEnoughBcoinsIsMinus4AndSpendsNothing() {
        fx.emu.world().setBalance(World.DEMO_MID, new BigDecimal("3"));
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 4))
                .assertNext(r -> {
                    assertThat(r).isInstanceOf(ChargeResult.InsufficientBalance.class);
                    assertThat(r.status()).isEqualTo(-4);
                    assertThat(r.msg()).contains("余额不足");
                })
                .verifyComplete();
        assertThat(balance()).isEqualByComparingTo("3");
        assertThat(fx.emu.journal().count(CHARGE)).isOne();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 10_000, 99_990})
    void bpNumOutsideTheLiveBoundsIsRefusedBeforeSending(int bp) {
        assertThatThrownBy(() -> wallet.charge(ChargeTarget.space(UP), bp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bpNum").hasMessageContaining("2..9999");
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @Test
    void liveBoundsThemselvesAreAllowed() {
        fx.emu.world().setBalance(World.DEMO_MID, new BigDecimal("10001"));
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 2)).expectNextMatches(ChargeResult::charged).verifyComplete();
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 9999)).expectNextMatches(ChargeResult::charged).verifyComplete();
        assertThat(balance()).isEqualByComparingTo("0");
    }

    @Test
    void badTargetsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> wallet.charge(null, 4)).isInstanceOf(NullPointerException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> ChargeTarget.space(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upMid");
        assertThatThrownBy(() -> ChargeTarget.video(UP, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("avid");
        assertThatThrownBy(() -> ChargeTarget.video(-5, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upMid");
        assertThatThrownBy(() -> new ChargeTarget(ChargeTarget.Kind.SPACE, UP, UP + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oid");
        assertThatThrownBy(() -> new ChargeTarget(null, UP, UP)).isInstanceOf(NullPointerException.class);
        assertThat(ChargeTarget.space(UP)).isEqualTo(new ChargeTarget(ChargeTarget.Kind.SPACE, UP, UP));
        assertThat(ChargeTarget.video(UP, 9).otype()).isEqualTo("archive");
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @Test
    void appCredentialsAreRefusedBeforeSending() {
        WalletClient app = WalletClient.of(fx.client(true));
        StepVerifier.create(app.charge(ChargeTarget.space(UP), 4))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(MissingCredentialsException.class).hasMessageContaining("W1"))
                .verify();
        StepVerifier.create(app.leaveChargeMessage("BP1", "hi")).expectError(MissingCredentialsException.class).verify();
        @SuppressWarnings("deprecation")
        Mono<LegacyChargeResult> legacy = app.chargeLegacy(ChargeTarget.space(UP), 20);
        StepVerifier.create(legacy).expectError(MissingCredentialsException.class).verify();
        assertThat(fx.emu.journal().entries()).isEmpty();
        assertThat(balance()).isEqualByComparingTo("100");
    }

    @Test
    void loggedOutIsNotLoggedInAndSpendsNothing() {
        fx.emu.world().logout(World.DEMO_MID);
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 4)).expectError(NotLoggedInException.class).verify();
        assertThat(fx.emu.journal().count(CHARGE)).isOne();
        assertThat(balance()).isEqualByComparingTo("100");
    }

    @Test
    void aStaleCsrfTokenIsMinus111AndSpendsNothing() {
        WalletClient stale = WalletClient.of(fx.client(Credentials.cookie(fx.session.sessdata(), "stale", World.DEMO_MID)));
        StepVerifier.create(stale.charge(ChargeTarget.space(UP), 4)).expectError(CsrfException.class).verify();
        StepVerifier.create(stale.leaveChargeMessage("BP1", "hi")).expectError(CsrfException.class).verify();
        assertThat(fx.emu.journal().count(CHARGE)).isOne();
        assertThat(balance()).isEqualByComparingTo("100");
    }

    @Test
    void nothingIsSentBeforeSubscriptionAndEachSubscriptionCharges() {
        Mono<ChargeResult> charge = wallet.charge(ChargeTarget.space(UP), 5);
        assertThat(fx.emu.journal().entries()).isEmpty();
        StepVerifier.create(charge).expectNextMatches(ChargeResult::charged).verifyComplete();
        StepVerifier.create(charge).expectNextMatches(ChargeResult::charged).verifyComplete();
        assertThat(balance()).isEqualByComparingTo("90");
        assertThat(fx.emu.journal().count(CHARGE)).isEqualTo(2);
    }

    @Test
    void messageOnceThen88203() {
        ChargeResult.Charged c = (ChargeResult.Charged) wallet.charge(ChargeTarget.space(UP), 4).block();
        StepVerifier.create(wallet.leaveChargeMessage(c.orderNo(), "支持一下大佬")).verifyComplete();
        assertThat(fx.emu.world().orders(World.DEMO_MID)).containsEntry(c.orderNo(), true);
        assertThat(fx.emu.journal().entries(MESSAGE)).singleElement().satisfies(e -> assertThat(e.form())
                .containsEntry("order_id", c.orderNo()).containsEntry("message", "支持一下大佬")
                .containsEntry("csrf", fx.session.biliJct()));
        StepVerifier.create(wallet.leaveChargeMessage(c.orderNo(), "再来一次"))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(ChargeMessageExistsException.class);
                    assertThat(((ChargeMessageExistsException) e).code()).isEqualTo(88203);
                    assertThat(e).hasMessageContaining("elec/message");
                })
                .verify();
        assertThat(fx.emu.journal().count(MESSAGE)).isEqualTo(2);
        assertThat(balance()).isEqualByComparingTo("96");
    }

    @Test
    void theMessageRouteIsNamedApartFromTheChargeItFollows() {
        StepVerifier.create(wallet.leaveChargeMessage("BPNOSUCHORDER", "hi"))
                .expectErrorSatisfies(e -> assertThat(((BadRequestException) e).route())
                        .isEqualTo("W1-message POST " + MESSAGE)
                        .doesNotStartWith("W1 "))
                .verify();
    }

    @Test
    void messageForAnUnknownOrderIsABadRequest() {
        StepVerifier.create(wallet.leaveChargeMessage("BPNOSUCHORDER", "hi")).expectError(BadRequestException.class).verify();
    }

    @Test
    void messageArgumentsAreCheckedBeforeSending() {
        assertThatThrownBy(() -> wallet.leaveChargeMessage(" ", "hi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orderNo");
        assertThatThrownBy(() -> wallet.leaveChargeMessage("BP1", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> wallet.leaveChargeMessage("BP1", " \t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> wallet.leaveChargeMessage("BP1", "长".repeat(501))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message").hasMessageContaining("1..500");
        assertThatThrownBy(() -> wallet.leaveChargeMessage(null, "hi")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> wallet.leaveChargeMessage("BP1", null)).isInstanceOf(NullPointerException.class);
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void legacyChargeAnswersStatus0AndChargesNothing() {
        StepVerifier.create(wallet.chargeLegacy(ChargeTarget.video(UP, 170001L), 20))
                .assertNext(r -> {
                    assertThat(r.status()).isZero();
                    assertThat(r.charged()).isFalse();
                    assertThat(r.upMid()).isEqualTo(UP);
                    assertThat(r.orderNo()).isEmpty();
                })
                .verifyComplete();
        assertThat(balance()).isEqualByComparingTo("100");
        assertThat(fx.emu.journal().entries(LEGACY)).singleElement().satisfies(e -> assertThat(e.form())
                .containsEntry("elec_num", "20").containsEntry("otype", "archive").containsEntry("oid", "170001")
                .containsEntry("up_mid", String.valueOf(UP)).containsEntry("csrf", fx.session.biliJct()));
        assertThatThrownBy(() -> wallet.chargeLegacy(ChargeTarget.space(UP), 19)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elecNum").hasMessageContaining("20..99990");
        assertThatThrownBy(() -> wallet.chargeLegacy(ChargeTarget.space(UP), 99_991)).isInstanceOf(IllegalArgumentException.class);
        assertThat(fx.emu.journal().count(LEGACY)).isOne();
    }

    /** Answers the emulator does not produce: numbers sent as strings, statuses outside the spec. */
    @Test
    void chargedFieldsMayComeAsStrings() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, """
                {"code":0,"message":"0","ttl":1,"data":{"mid":"293793435","up_mid":15858903,"order_no":12345,
                 "bp_num":"2.5","exp":"2","status":4,"msg":""}}"""));
        WalletClient w = WalletClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(w.charge(ChargeTarget.space(UP), 3))
                .assertNext(r -> assertThat(r).isEqualTo(new ChargeResult.Charged(293793435L, 15858903L, "12345",
                        new BigDecimal("2.5"), 2, "")))
                .verifyComplete();
    }

    @Test
    void fractionalNumbersStayExact() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, """
                {"code":0,"message":"0","ttl":1,"data":{"mid":1,"up_mid":2,"order_no":"BPX","bp_num":2.1,"exp":2,"status":4,"msg":""}}"""));
        WalletClient w = WalletClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(w.charge(ChargeTarget.space(UP), 3))
                .assertNext(r -> assertThat(((ChargeResult.Charged) r).bpNum()).isEqualTo(new BigDecimal("2.1")))
                .verifyComplete();
    }

    /** Once status 4 says the charge happened, no other field can turn it into an error or an unknown outcome. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"status\":4}",
        "{\"status\":\"4\",\"exp\":{\"v\":1},\"mid\":[1],\"up_mid\":\"x\",\"order_no\":{},\"bp_num\":\"?\",\"msg\":[\"m\"]}",
        "{\"status\":4.0,\"exp\":\"two\",\"mid\":1.5,\"up_mid\":99999999999999999999,\"order_no\":null,\"msg\":null}",
        "{\"status\":4,\"exp\":1e999,\"mid\":true,\"order_no\":[],\"bp_num\":null}",
        "{\"status\":4,\"exp\":-1e-999,\"mid\":\"\",\"up_mid\":null}",
        "{\"status\":4,\"exp\":\"1e999999999\"}"})
    void oddFieldsOfACompletedChargeStillReadAsCharged(String data) throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":" + data + "}"));
        WalletClient w = WalletClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(w.charge(ChargeTarget.space(UP), 3))
                .assertNext(r -> assertThat(r).isEqualTo(new ChargeResult.Charged(0, 0, "", BigDecimal.valueOf(3), 0, "")))
                .verifyComplete();
        assertThat(stub.paths()).as("never re-sent").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "{\"status\":\"x\",\"elec_num\":{},\"exp\":\"3\",\"msg\":7}"})
    @SuppressWarnings("deprecation")
    void aLegacyAnswerWithoutAReadableStatusChargedNothing(String data) throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":" + data + "}"));
        WalletClient w = WalletClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(w.chargeLegacy(ChargeTarget.space(UP), 20))
                .assertNext(r -> {
                    assertThat(r.status()).isZero();
                    assertThat(r.charged()).isFalse();
                    assertThat(r.elecNum()).isEqualByComparingTo("0");
                    assertThat(r.orderNo()).isEmpty();
                    assertThat(r.msg()).isEqualTo(data.contains("msg") ? "7" : "");
                    assertThat(r.exp()).isEqualTo(data.contains("exp") ? 3 : 0);
                })
                .verifyComplete();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mid\":0,\"up_mid\":0,\"order_no\":\"\",\"bp_num\":0,\"exp\":0,\"status\":0,\"msg\":\"\"}",
        "{\"mid\":1,\"up_mid\":2,\"order_no\":\"BPX\",\"bp_num\":4,\"exp\":4,\"status\":7,\"msg\":\"new state\"}",
        "{\"mid\":1,\"up_mid\":2,\"order_no\":\"BPX\",\"bp_num\":4,\"exp\":4,\"msg\":\"\"}",
        "{\"status\":\"pending\"}",
        "null",
        "[]"})
    void codeZeroWithAnUnknownStatusIsNeverACharge(String data) throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":" + data + "}"));
        WalletClient w = WalletClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(w.charge(ChargeTarget.space(UP), 4))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnknownChargeStatusException.class)
                        .hasMessageContaining("W1").hasMessageContaining("check the balance"))
                .verify();
        assertThat(stub.paths()).as("never re-sent").hasSize(1);
    }

    @Test
    void unknownStatusKeepsWhatWasSent() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200,
                "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":{\"status\":7,\"msg\":\"new state\"}}"));
        WalletClient w = WalletClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(w.charge(ChargeTarget.space(UP), 4))
                .expectErrorSatisfies(e -> {
                    UnknownChargeStatusException u = (UnknownChargeStatusException) e;
                    assertThat(u.status()).hasValue(7);
                    assertThat(u.serverMessage()).isEqualTo("new state");
                    assertThat(u.route()).contains("W1");
                    assertThat(u).as("an unknown status is an unknown outcome").isInstanceOf(OutcomeUnknownException.class);
                })
                .verify();
    }
}
