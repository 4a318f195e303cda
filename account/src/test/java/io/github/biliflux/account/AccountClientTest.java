package io.github.biliflux.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.DecodingException;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.NotLoggedInException;
import io.github.biliflux.testing.StubServer;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

/** A1, A2, A4-A8 against the BiliEmulator's demo world, by cookie and (where allowed) app login. */
class AccountClientTest extends AccountEmulatorTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    @Override
    World world() {
        return World.demo(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "app={0}")
    @ValueSource(booleans = {false, true})
    void a1AccountDecodesEveryField(boolean app) {
        StepVerifier.create(AccountClient.of(fx.client(app)).account())
                .assertNext(a -> {
                    assertThat(a.mid()).isEqualTo(World.DEMO_MID);
                    assertThat(a.uname()).isEqualTo("社会易姐QwQ");
                    assertThat(a.userid()).isEqualTo("bili_84675323391");
                    assertThat(a.sign()).isEqualTo(fx.emu.world().sign(World.DEMO_MID));
                    assertThat(a.birthday()).isEqualTo(LocalDate.of(2002, 3, 5));
                    assertThat(a.sex()).isEqualTo(Sex.MALE);
                    assertThat(a.sexText()).isEqualTo("男");
                    assertThat(a.nickFree()).isFalse();
                    assertThat(a.rank()).isEqualTo("正式会员");
                })
                .verifyComplete();
        Journal.Entry e = fx.emu.journal().entries("/x/member/web/account").get(0);
        if (app) {
            assertThat(e.query()).containsKeys("access_key", "appkey", "ts", "sign");
            assertThat(e.cookiePresent()).isFalse();
        } else {
            assertThat(e.cookieNames()).contains("SESSDATA");
            assertThat(e.query()).doesNotContainKey("access_key");
        }
        assertThat(e.callerMid()).isEqualTo(World.DEMO_MID);
    }

    @ParameterizedTest(name = "app={0}")
    @ValueSource(booleans = {false, true})
    void a2ExpReward(boolean app) {
        StepVerifier.create(AccountClient.of(fx.client(app)).expReward())
                .assertNext(r -> assertThat(r).isEqualTo(new ExpReward(true, true, 20, false, true, true, false, true)))
                .verifyComplete();
    }

    @Test
    void a4VipInfoDueDateIsEpochMilliseconds() {
        StepVerifier.create(AccountClient.of(fx.client(false)).vipInfo())
                .assertNext(v -> {
                    assertThat(v.mid()).isEqualTo(World.DEMO_MID);
                    assertThat(v.vipType()).isEqualTo(VipType.ANNUAL);
                    assertThat(v.vipTypeCode()).isEqualTo(2);
                    assertThat(v.vipStatus()).isEqualTo(VipStatus.NORMAL);
                    assertThat(v.vipStatusCode()).isEqualTo(1);
                    assertThat(v.vipDueDate()).isEqualTo(Instant.parse("2021-02-04T16:00:00Z"));
                    assertThat(v.vipPayType()).isEqualTo(1);
                    assertThat(v.paid()).isTrue();
                    assertThat(v.themeType()).isZero();
                })
                .verifyComplete();
    }

    @Test
    void a4VipInfoRefusesAppCredentialsBeforeSending() {
        StepVerifier.create(AccountClient.of(fx.client(true)).vipInfo())
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(MissingCredentialsException.class)
                        .hasMessageContaining("A4").hasMessageContaining("cookie"))
                .verify();
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @ParameterizedTest(name = "app={0}")
    @ValueSource(booleans = {false, true})
    void a5SecurityInfoOnPassport(boolean app) {
        StepVerifier.create(AccountClient.of(fx.client(app)).securityInfo())
                .assertNext(s -> {
                    assertThat(s.accountInfo()).isEqualTo(new SecurityInfo.AccountInfo("153*****056", "144****@qq.com",
                            true, true, true, true, false, true));
                    assertThat(s.accountSafe()).isEqualTo(new SecurityInfo.AccountSafe(90, 100, PasswordLevel.STRONG, 3, true));
                    assertThat(s.accountSns()).isEqualTo(new SecurityInfo.AccountSns(false, true, true));
                    assertThat(s.accountOther()).isEqualTo(new SecurityInfo.AccountOther(false));
                })
                .verifyComplete();
        assertThat(fx.emu.journal().count("/web/site/user/info")).isOne();
    }

    @Test
    void a5NeedsDedeUserIdWithCookies() {
        BiliClient noMid = fx.client(Credentials.cookie(fx.session.sessdata(), fx.session.biliJct()));
        StepVerifier.create(AccountClient.of(noMid).securityInfo())
                .expectError(MissingCredentialsException.class)
                .verify();
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @ParameterizedTest(name = "app={0}")
    @ValueSource(booleans = {false, true})
    void a6AndA7RealName(boolean app) {
        AccountClient account = AccountClient.of(fx.client(app));
        StepVerifier.create(account.realNameStatus())
                .assertNext(s -> {
                    assertThat(s).isEqualTo(new RealNameStatus(RealNameState.VERIFIED, 1));
                    assertThat(s.verified()).isTrue();
                })
                .verifyComplete();
        StepVerifier.create(account.realNameDetail())
                .assertNext(d -> {
                    assertThat(d).isEqualTo(new RealNameDetail(RealNameState.VERIFIED, 1, "", "***", "6****************7",
                            CardType.ID_CARD, 0));
                    assertThat(d.verified()).isTrue();
                })
                .verifyComplete();
    }

    @ParameterizedTest(name = "app={0}")
    @ValueSource(booleans = {false, true})
    void a8CoinLogOfTheLastWeekWithExactDeltasAndShanghaiTimes(boolean app) {
        List<CoinLogEntry> log = AccountClient.of(fx.client(app)).coinLog().collectList().block();
        assertThat(log).hasSize(13);
        // The demo world's newest line is 2 hours before "now"; times are sent as Shanghai local time.
        CoinLogEntry newest = log.get(0);
        assertThat(newest.time()).isEqualTo(NOW.minusSeconds(2 * 3600));
        assertThat(newest.localTime()).isEqualTo(LocalDateTime.of(2024, 6, 1, 18, 0, 0));
        assertThat(newest.localTime().atZone(ZoneId.of("Asia/Shanghai")).toInstant()).isEqualTo(newest.time());
        assertThat(newest.delta()).isEqualTo(new BigDecimal("-1"));
        assertThat(newest.reason()).contains("打赏");
        CoinLogEntry tenth = log.get(2);
        assertThat(tenth.delta()).isEqualTo(new BigDecimal("0.1")); // equals checks the scale too: exactly 0.1
        assertThat(log).extracting(CoinLogEntry::delta).contains(new BigDecimal("0.2"));
        assertThat(log).extracting(CoinLogEntry::time).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(log.stream().map(CoinLogEntry::delta).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3.3");
    }

    @Test
    void a8IsLazy() {
        var log = AccountClient.of(fx.client(false)).coinLog();
        assertThat(fx.emu.journal().entries()).isEmpty();
        StepVerifier.create(log.take(1)).expectNextCount(1).verifyComplete();
        assertThat(fx.emu.journal().count("/x/member/web/coin/log")).isOne();
    }

    @Test
    void loggedOutSessionIsNotLoggedIn() {
        AccountClient account = AccountClient.of(fx.client(false));
        fx.emu.world().logout(World.DEMO_MID);
        StepVerifier.create(account.account()).expectError(NotLoggedInException.class).verify();
        StepVerifier.create(account.coinLog()).expectError(NotLoggedInException.class).verify();
        StepVerifier.create(account.updateSign("x")).expectError(NotLoggedInException.class).verify();
        assertThat(fx.emu.journal().count("/x/member/web/account")).as("-101 is never retried").isOne();
    }

    @Test
    void anonymousClientFailsBeforeSending() {
        AccountClient account = AccountClient.of(fx.client(Credentials.none()));
        StepVerifier.create(account.account()).expectError(MissingCredentialsException.class).verify();
        StepVerifier.create(account.coinExpToday()).expectError(MissingCredentialsException.class).verify();
        StepVerifier.create(account.updateSign("")).expectError(MissingCredentialsException.class).verify();
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @Test
    void nothingIsSentBeforeSubscription() {
        AccountClient account = AccountClient.of(fx.client(false));
        account.account();
        account.vipInfo();
        account.coinExpToday();
        account.updateSign("lazy");
        assertThat(fx.emu.journal().entries()).isEmpty();
        assertThat(fx.emu.world().sign(World.DEMO_MID)).isNotEqualTo("lazy");
    }

    @Test
    void ofRejectsNull() {
        assertThatThrownBy(() -> AccountClient.of(null)).isInstanceOf(NullPointerException.class);
    }

    /** Values outside the spec's tables decode to UNKNOWN, keeping the raw code; odd dates do not fail. */
    @Test
    void unknownCodesDecodeToUnknown() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, """
                {"code":0,"message":"0","ttl":1,"data":{"mid":7,"uname":"u","userid":"bili_1","sign":"","birthday":"0000-00-00",
                 "sex":"其他","nick_free":true,"rank":"x","vip_type":9,"vip_status":7,"vip_due_date":0,"vip_pay_type":0,
                 "theme_type":0,"status":2,"remark":"r","realname":"*","card":"*","card_type":42,
                 "account_info":{},"account_safe":{"Score":1,"score_new":2,"pwd_level":5,"security":false},
                 "account_sns":{"weibo_bind":1,"qq_bind":0,"wechat_bind":0},"account_other":{"skipVerify":true},
                 "future_field":{"ignored":true}}}"""));
        AccountClient account = AccountClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(account.account()).assertNext(a -> {
            assertThat(a.sex()).isEqualTo(Sex.UNKNOWN);
            assertThat(a.sexText()).isEqualTo("其他");
            assertThat(a.birthday()).isNull();
            assertThat(a.nickFree()).isTrue();
        }).verifyComplete();
        StepVerifier.create(account.vipInfo()).assertNext(v -> {
            assertThat(v.vipType()).isEqualTo(VipType.UNKNOWN);
            assertThat(v.vipTypeCode()).isEqualTo(9);
            assertThat(v.vipStatus()).isEqualTo(VipStatus.UNKNOWN);
            assertThat(v.vipStatusCode()).isEqualTo(7);
            assertThat(v.vipDueDate()).isNull();
            assertThat(v.paid()).isFalse();
        }).verifyComplete();
        StepVerifier.create(account.securityInfo()).assertNext(s -> {
            assertThat(s.accountSafe().pwdLevel()).isEqualTo(PasswordLevel.UNKNOWN);
            assertThat(s.accountSafe().pwdLevelCode()).isEqualTo(5);
            assertThat(s.accountSafe().score()).isEqualTo(1);
            assertThat(s.accountSns()).isEqualTo(new SecurityInfo.AccountSns(true, false, false));
            assertThat(s.accountOther().skipVerify()).isTrue();
        }).verifyComplete();
        StepVerifier.create(account.realNameStatus())
                .assertNext(s -> assertThat(s).isEqualTo(new RealNameStatus(RealNameState.UNKNOWN, 2)))
                .verifyComplete();
        StepVerifier.create(account.realNameDetail()).assertNext(d -> {
            assertThat(d.status()).isEqualTo(RealNameState.UNKNOWN);
            assertThat(d.cardType()).isEqualTo(CardType.UNKNOWN);
            assertThat(d.cardTypeCode()).isEqualTo(42);
        }).verifyComplete();
    }

    @Test
    void enumsMapEveryDocumentedCode() {
        assertThat(VipStatus.of(0)).isEqualTo(VipStatus.NONE);
        assertThat(VipStatus.of(2)).isEqualTo(VipStatus.FROZEN);
        assertThat(VipStatus.of(3)).isEqualTo(VipStatus.LOCKED);
        assertThat(VipStatus.of(-1)).isEqualTo(VipStatus.UNKNOWN);
        assertThat(VipType.of(0)).isEqualTo(VipType.NONE);
        assertThat(VipType.of(1)).isEqualTo(VipType.MONTHLY);
        assertThat(PasswordLevel.of(1)).isEqualTo(PasswordLevel.WEAK);
        assertThat(PasswordLevel.of(2)).isEqualTo(PasswordLevel.MEDIUM);
        assertThat(RealNameState.ofStatus(0)).isEqualTo(RealNameState.NOT_VERIFIED);
        assertThat(RealNameState.ofApplyStatus(3)).isEqualTo(RealNameState.NOT_VERIFIED);
        assertThat(RealNameState.ofApplyStatus(0)).isEqualTo(RealNameState.UNKNOWN);
        assertThat(CardType.of(2)).isEqualTo(CardType.HONG_KONG_MACAO_PERMIT);
        assertThat(CardType.of(3)).isEqualTo(CardType.TAIWAN_PERMIT);
        assertThat(CardType.of(4)).isEqualTo(CardType.PASSPORT);
        assertThat(CardType.of(5)).isEqualTo(CardType.FOREIGN_PERMANENT_RESIDENCE);
        assertThat(CardType.of(6)).isEqualTo(CardType.OTHER);
        assertThat(CardType.of(1)).isEqualTo(CardType.UNKNOWN);
        assertThat(Sex.of("女")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.of("保密")).isEqualTo(Sex.SECRET);
        assertThat(Sex.of(null)).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void codeZeroWithoutDataIsADecodingError() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1}"));
        AccountClient account = AccountClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(account.account()).expectError(DecodingException.class).verify();
        StepVerifier.create(account.coinLog()).verifyComplete();
    }

    @Test
    void coinLogWithAnUnreadableTimeIsADecodingError() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200,
                "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":{\"list\":[{\"time\":\"yesterday\",\"delta\":1,\"reason\":\"r\"}],\"count\":1}}"));
        AccountClient account = AccountClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())
                .with(Host.WWW, fx.emu.baseUri())));
        StepVerifier.create(account.coinLog())
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(DecodingException.class).hasMessageContaining("A8"))
                .verify();
    }
}
