package io.github.biliflux.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.CsrfException;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.testing.StubServer;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

/** A9: validation before sending, cookie and app logins, the three typed refusals, no re-sending. */
class UpdateSignTest extends AccountEmulatorTest {

    private static final String PATH = "/x/member/web/sign/update";

    @ParameterizedTest(name = "app={0}")
    @ValueSource(booleans = {false, true})
    void setsAndClearsTheSign(boolean app) {
        AccountClient account = AccountClient.of(fx.client(app));
        StepVerifier.create(account.updateSign("高中技术宅一枚,爱好MC&电子")).verifyComplete();
        assertThat(fx.emu.world().sign(World.DEMO_MID)).isEqualTo("高中技术宅一枚,爱好MC&电子");
        StepVerifier.create(account.updateSign("")).verifyComplete();
        assertThat(fx.emu.world().sign(World.DEMO_MID)).isEmpty();
        Journal.Entry e = fx.emu.journal().entries(PATH).get(0);
        assertThat(e.form()).containsEntry("user_sign", "高中技术宅一枚,爱好MC&电子");
        if (app) {
            assertThat(e.form()).containsKeys("access_key", "appkey", "ts", "sign").doesNotContainKey("csrf");
        } else {
            assertThat(e.form()).containsEntry("csrf", fx.session.biliJct());
        }
    }

    @Test
    void seventyCodePointsAreAllowedEvenWhenTheyAreSurrogatePairs() {
        String emoji = "😀".repeat(70); // 140 UTF-16 chars, 70 characters as the service counts them
        StepVerifier.create(AccountClient.of(fx.client(false)).updateSign(emoji)).verifyComplete();
        assertThat(fx.emu.world().sign(World.DEMO_MID)).isEqualTo(emoji);
        String cjk = "签".repeat(70);
        StepVerifier.create(AccountClient.of(fx.client(false)).updateSign(cjk)).verifyComplete();
        assertThat(fx.emu.world().sign(World.DEMO_MID)).isEqualTo(cjk);
    }

    @Test
    void seventyOneCharactersAreRefusedBeforeSending() {
        AccountClient account = AccountClient.of(fx.client(false));
        assertThatThrownBy(() -> account.updateSign("签".repeat(71)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sign").hasMessageContaining("0..70").hasMessageContaining("71");
        assertThatThrownBy(() -> account.updateSign("😀".repeat(71)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..70");
        assertThatThrownBy(() -> account.updateSign(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("sign");
        assertThat(fx.emu.journal().entries()).isEmpty();
    }

    @ParameterizedTest(name = "app={0}")
    @ValueSource(booleans = {false, true})
    void sensitiveWordIs40015(boolean app) {
        String before = fx.emu.world().sign(World.DEMO_MID);
        StepVerifier.create(AccountClient.of(fx.client(app)).updateSign("这里有敏感词"))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(SignSensitiveWordException.class);
                    assertThat(((SignSensitiveWordException) e).code()).isEqualTo(40015);
                    assertThat(e).hasMessageContaining("A9");
                })
                .verify();
        assertThat(fx.emu.world().sign(World.DEMO_MID)).isEqualTo(before);
        assertThat(fx.emu.journal().count(PATH)).isOne();
    }

    @Test
    void emoteImageIs40021() {
        StepVerifier.create(AccountClient.of(fx.client(false)).updateSign("今天也很开心[doge]"))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(SignEmoteException.class);
                    assertThat(((SignEmoteException) e).code()).isEqualTo(40021);
                })
                .verify();
        assertThat(fx.emu.journal().count(PATH)).isOne();
    }

    /** The emulator counts as the client does, so 40022 is produced by a stub: the service may count otherwise. */
    @Test
    void tooLongIs40022() throws Exception {
        StubServer stub = fx.closeLater(StubServer.json(200, "{\"code\":40022,\"message\":\"签名过长\",\"ttl\":1}"));
        AccountClient account = AccountClient.of(fx.client(fx.cookie(), Endpoints.singleBase(stub.baseUri())));
        StepVerifier.create(account.updateSign("签".repeat(70)))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(SignTooLongException.class);
                    assertThat(((SignTooLongException) e).code()).isEqualTo(40022);
                    assertThat(((SignTooLongException) e).serverMessage()).isEqualTo("签名过长");
                })
                .verify();
        assertThat(stub.paths()).hasSize(1);
    }

    @Test
    void aStaleCsrfTokenIsMinus111() {
        AccountClient stale = AccountClient.of(fx.client(Credentials.cookie(fx.session.sessdata(), "stale", World.DEMO_MID)));
        String before = fx.emu.world().sign(World.DEMO_MID);
        StepVerifier.create(stale.updateSign("x")).expectError(CsrfException.class).verify();
        assertThat(fx.emu.world().sign(World.DEMO_MID)).isEqualTo(before);
        assertThat(fx.emu.journal().count(PATH)).isOne();
    }

    @Test
    void aLostAnswerIsNeverResent() {
        fx.emu.faults().onlyPaths(PATH).failNext(1, Fault.RESET_AFTER_HANDLER);
        StepVerifier.create(AccountClient.of(fx.client(false)).updateSign("new sign"))
                .expectError(OutcomeUnknownException.class)
                .verify();
        assertThat(fx.emu.journal().count(PATH)).isOne();
        assertThat(fx.emu.world().sign(World.DEMO_MID)).isEqualTo("new sign");
    }
}
