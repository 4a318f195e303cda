package io.github.biliflux.passport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.ClientClosedException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.DeadlineExceededException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The session calls under a closed client and a stalling server: they end, typed, and send nothing more. */
class HostileSessionTest extends PassportTestBase {

    private static final Duration BOUND = Duration.ofSeconds(15);

    @Test
    void aClosedClientStartsNoLoginAndSendsNothing() {
        BiliClient bili = bili(Credentials.none());
        bili.close();
        StepVerifier.create(passport(bili).qrLogin()).expectError(ClientClosedException.class).verify(BOUND);
        BiliClient loggedIn = bili(cookies(ME));
        loggedIn.close();
        StepVerifier.create(passport(loggedIn).refresh(world.refreshToken(ME))).expectError(ClientClosedException.class).verify(BOUND);
        assertThat(journal().entries()).isEmpty();
    }

    @Test
    void closingTheClientDuringALoginEndsItAndStopsThePolls() {
        BiliClient bili = bili(Credentials.none());
        StepVerifier.create(passport(bili).qrLogin())
                .expectNextMatches(s -> s instanceof QrLoginState.QrCode)
                .then(bili::close)
                .expectError(ClientClosedException.class)
                .verify(BOUND);
        int polls = journal().entries("/x/passport-login/web/qrcode/poll").size();
        // A closed client sends nothing: another login on it is refused before any request.
        StepVerifier.create(passport(bili).qrLogin()).expectError(ClientClosedException.class).verify(BOUND);
        assertThat(journal().entries("/x/passport-login/web/qrcode/poll")).hasSize(polls);
        assertThat(journal().entries("/x/passport-login/web/qrcode/generate")).hasSize(1);
    }

    @Test
    void aStallingCorrespondPageEndsTheRefreshWithinItsDeadlineAndRefreshesNothing() {
        Credentials.Cookie old = cookies(ME);
        String token = world.refreshToken(ME);
        world.requireCookieRefresh(ME, true);
        BiliClient bili = bili(old, b -> b.deadline(Duration.ofMillis(300)));
        emu.faults().onlyPaths("/correspond/").latency(Duration.ofSeconds(5), Duration.ZERO);

        StepVerifier.create(passport(bili).refresh(token)).expectError(DeadlineExceededException.class).verify(BOUND);

        assertThat(journal().entries(CookieRefreshTest.REFRESH)).isEmpty();
        assertThat(journal().entries(CookieRefreshTest.CONFIRM)).isEmpty();
        assertThat(world.refreshUnconfirmed(ME)).isFalse();
        emu.faults().clear();
        // The old cookies are untouched and still need their refresh.
        StepVerifier.create(passport(bili).needsRefresh()).expectNext(true).verifyComplete();
    }
}
