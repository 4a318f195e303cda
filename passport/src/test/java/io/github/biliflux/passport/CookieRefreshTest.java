package io.github.biliflux.passport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.NotLoggedInException;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.passport.internal.CorrespondPath;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The five steps of the cookie refresh against the emulator, and every way they fail. */
class CookieRefreshTest extends PassportTestBase {

    static final String INFO = "/x/passport-login/web/cookie/info";
    static final String REFRESH = "/x/passport-login/web/cookie/refresh";
    static final String CONFIRM = "/x/passport-login/web/confirm/refresh";

    Credentials.Cookie old;
    String oldToken;
    BiliClient bili;

    @BeforeEach
    void login() {
        old = cookies(ME);
        oldToken = world.refreshToken(ME);
        world.requireCookieRefresh(ME, true);
        bili = bili(old);
    }

    List<Journal.Entry> sessionRequests() {
        return journal().entries().stream()
                .filter(e -> e.path().startsWith("/x/passport-login/web/") || e.path().startsWith("/correspond/")).toList();
    }

    @Test
    void theFiveStepsGoInOrderWithTheRightCsrfAndTokens() {
        StepVerifier.create(passport(bili).needsRefresh()).expectNext(true).verifyComplete();
        journal().clear();
        AtomicReference<RefreshedSession> out = new AtomicReference<>();
        StepVerifier.create(passport(bili).refresh(oldToken)).consumeNextWith(out::set).verifyComplete();
        RefreshedSession r = out.get();

        List<Journal.Entry> steps = sessionRequests();
        assertThat(steps).extracting(e -> e.method() + " " + (e.path().startsWith("/correspond/1/") ? "/correspond/1/*" : e.path()))
                .containsExactly("GET " + INFO, "GET /correspond/1/*", "POST " + REFRESH, "POST " + CONFIRM);
        assertThat(steps).allSatisfy(e -> assertThat(e.code()).isZero());
        // 1: the old csrf. 2: 256 hex characters that the emulator decrypted with its own key.
        assertThat(steps.get(0).query()).containsEntry("csrf", old.biliJct());
        assertThat(steps.get(1).path().substring("/correspond/1/".length())).matches("[0-9a-f]{256}");
        assertThat(steps.get(1).httpStatus()).isEqualTo(200);
        // 4: the old csrf and the old refresh token. 5: the new csrf, the old token, the new cookies.
        assertThat(steps.get(2).form()).containsEntry("csrf", old.biliJct()).containsEntry("refresh_token", oldToken)
                .containsEntry("source", "main_web").containsKey("refresh_csrf");
        assertThat(steps.get(3).form()).containsEntry("csrf", r.credentials().biliJct()).containsEntry("refresh_token", oldToken);
        assertThat(steps).allSatisfy(e -> assertThat(e.callerMid()).isEqualTo(ME));

        assertThat(r.credentials().sessdata()).isEqualTo(world.session(ME).sessdata()).isNotEqualTo(old.sessdata());
        assertThat(r.credentials().biliJct()).isEqualTo(world.session(ME).biliJct()).isNotEqualTo(old.biliJct());
        assertThat(r.credentials().dedeUserId()).isEqualTo(ME);
        assertThat(r.refreshToken()).isEqualTo(world.refreshToken(ME)).isNotEqualTo(oldToken);
        assertThat(world.refreshUnconfirmed(ME)).isFalse();

        // The confirmation killed the old cookies; the new ones work and need no refresh.
        StepVerifier.create(passport(bili).needsRefresh()).expectError(NotLoggedInException.class).verify();
        StepVerifier.create(passport(bili(r.credentials())).needsRefresh()).expectNext(false).verifyComplete();
    }

    @Test
    void theCorrespondTextIsRandomisedOaep() {
        var key = CorrespondPath.publicKey(world.passportPublicKey());
        assertThat(CorrespondPath.of(key, 1_700_000_000_000L)).hasSize(256).isNotEqualTo(CorrespondPath.of(key, 1_700_000_000_000L));
        assertThat(CorrespondPath.of(CorrespondPath.publicKey(CorrespondPath.PRODUCTION_KEY), 1L)).hasSize(256);
    }

    @Test
    void aWrongRefreshTokenIs86095AndNothingChanges() {
        StepVerifier.create(passport(bili).refresh("0123456789abcdef0123456789abcdef"))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(RefreshRejectedException.class)
                        .extracting(x -> ((RefreshRejectedException) x).code()).isEqualTo(86095))
                .verify();
        assertThat(journal().count(CONFIRM)).isZero();
        StepVerifier.create(passport(bili).needsRefresh()).expectNext(true).verifyComplete();
    }

    @Test
    void aPathEncryptedWithAnotherKeyGetsThe404Page() {
        // The production key is not the emulator's: its correspond page answers 404.
        StepVerifier.create(PassportClient.of(bili).refresh(oldToken))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(CorrespondPageException.class)
                        .hasMessageContaining("404"))
                .verify();
        assertThat(journal().entries().stream().filter(e -> e.path().startsWith("/correspond/1/")))
                .singleElement().satisfies(e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThat(journal().count(REFRESH)).isZero();
    }

    @Test
    void deadCookiesAreNotLoggedIn() {
        world.logout(ME);
        StepVerifier.create(passport(bili).refresh(oldToken)).expectError(NotLoggedInException.class).verify();
        StepVerifier.create(passport(bili).needsRefresh())
                .expectErrorSatisfies(e -> assertThat(((NotLoggedInException) e).code()).isEqualTo(-101)).verify();
        assertThat(journal().count(REFRESH)).isZero();
    }

    @Test
    void aLostRefreshAnswerIsAnUnknownOutcomeNeverResentAndTheOldCookiesStay() {
        emu.faults().onlyPaths(REFRESH).failNext(1, Fault.RESET_AFTER_HANDLER);
        StepVerifier.create(passport(bili).refresh(oldToken)).expectError(OutcomeUnknownException.class).verify();
        assertThat(journal().count(REFRESH)).isEqualTo(1);
        assertThat(journal().count(CONFIRM)).isZero();
        // The service did refresh; until a confirmation the old cookies still work.
        assertThat(world.refreshUnconfirmed(ME)).isTrue();
        StepVerifier.create(passport(bili).needsRefresh()).expectNext(false).verifyComplete();
    }

    @Test
    void aLostConfirmAnswerIsAnUnknownOutcomeNeverResent() {
        emu.faults().onlyPaths(CONFIRM).failNext(1, Fault.RESET_AFTER_HANDLER);
        StepVerifier.create(passport(bili).refresh(oldToken)).expectError(OutcomeUnknownException.class).verify();
        assertThat(journal().count(REFRESH)).isEqualTo(1);
        assertThat(journal().count(CONFIRM)).isEqualTo(1);
    }

    @Test
    void aRefreshNeedsACookieLoginAndAToken() {
        PassportClient anonymous = passport(bili(Credentials.none()));
        StepVerifier.create(anonymous.refresh(oldToken)).expectError(IllegalStateException.class).verify();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> passport(bili).refresh(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refreshToken");
        assertThat(journal().entries()).isEmpty();
    }
}
