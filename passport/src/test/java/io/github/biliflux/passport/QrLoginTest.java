package io.github.biliflux.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * Web and TV QR login against the emulator: every state in order and once, expiry, cancellation, the
 * pace. The polls wait on a virtual clock the test advances; the world is driven as a phone would.
 */
class QrLoginTest extends PassportTestBase {

    static final String WEB_POLL = "/x/passport-login/web/qrcode/poll";
    static final String TV_POLL = "/x/passport-tv-login/qrcode/poll";

    final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

    PassportClient passport() {
        return PassportClient.of(bili(Credentials.none())).withScheduler(vts);
    }

    /** A web login up to its Scanned state: the code, the phone's scan, the poll that reports it; {@code key} gets the code's key. */
    StepVerifier.Step<QrLoginState> scannedWebLogin(AtomicReference<String> key) {
        return StepVerifier.create(offNetty(passport().qrLogin()))
                .assertNext(s -> key.set(((QrLoginState.QrCode) s).key()))
                .then(() -> world.scanQr(key.get()))
                .then(tickUntil(WEB_POLL, 1))
                .expectNextMatches(s -> s instanceof QrLoginState.Scanned);
    }

    /**
     * Advances the virtual clock one poll interval at a time until the emulator received {@code n}
     * polls of {@code path} (the interval may not be scheduled yet when the test first advances).
     */
    Runnable tickUntil(String path, long n) {
        return tickUntil(path, n, PassportClient.DEFAULT_POLL_INTERVAL);
    }

    Runnable tickUntil(String path, long n, Duration interval) {
        return () -> {
            for (int i = 0; i < 30; i++) {
                vts.advanceTimeBy(interval);
                if (journal().awaitCount(path, n, Duration.ofSeconds(1))) {
                    return;
                }
            }
            throw new AssertionError("no poll " + n + " of " + path);
        };
    }

    @Test
    void webLoginGoesThroughEveryStateInOrderAndTheCookiesWork() {
        AtomicReference<String> key = new AtomicReference<>();
        AtomicReference<QrLoginState.LoggedIn> done = new AtomicReference<>();
        StepVerifier.create(offNetty(passport().qrLogin()))
                .assertNext(s -> {
                    QrLoginState.QrCode q = (QrLoginState.QrCode) s;
                    assertThat(q.url()).contains(q.key());
                    assertThat(world.pendingQrCodes()).containsExactly(q.key());
                    key.set(q.key());
                })
                .expectNoEvent(Duration.ZERO)
                .then(() -> assertThat(journal().count(WEB_POLL)).isZero()) // nothing before the first interval
                .then(() -> world.scanQr(key.get()))
                .then(tickUntil(WEB_POLL, 1))
                .assertNext(s -> assertThat(s).isInstanceOf(QrLoginState.Scanned.class))
                .then(tickUntil(WEB_POLL, 2)) // still scanned: not emitted twice
                .then(() -> world.confirmQr(key.get(), ME))
                .then(tickUntil(WEB_POLL, 3))
                .assertNext(s -> done.set((QrLoginState.LoggedIn) s))
                .verifyComplete();

        QrLoginState.LoggedIn in = done.get();
        assertThat(in.credentials().sessdata()).isEqualTo(world.session(ME).sessdata());
        assertThat(in.credentials().biliJct()).isEqualTo(world.session(ME).biliJct());
        assertThat(in.credentials().dedeUserId()).isEqualTo(ME);
        assertThat(in.credentials().others()).containsKeys("DedeUserID__ckMd5", "sid");
        assertThat(in.refreshToken()).isEqualTo(world.refreshToken(ME));
        assertThat(journal().count(WEB_POLL)).isEqualTo(3);
        assertThat(journal().entries(WEB_POLL)).allMatch(e -> e.query().get("qrcode_key").equals(key.get()));
        assertThat(world.pendingQrCodes()).isEmpty();

        // The new cookies are a working login.
        StepVerifier.create(passport(bili(in.credentials())).needsRefresh()).expectNext(false).verifyComplete();
    }

    @Test
    void notScannedPollsEmitNothing() {
        AtomicReference<String> key = new AtomicReference<>();
        StepVerifier.create(offNetty(passport().qrLogin()))
                .assertNext(s -> key.set(((QrLoginState.QrCode) s).key()))
                .then(tickUntil(WEB_POLL, 1))
                .then(tickUntil(WEB_POLL, 2))
                .expectNoEvent(Duration.ZERO)
                .then(() -> world.expireQr(key.get()))
                .then(tickUntil(WEB_POLL, 3))
                .expectNextMatches(s -> s instanceof QrLoginState.Expired && s.terminal())
                .verifyComplete();
        assertThat(journal().entries(WEB_POLL)).extracting(Journal.Entry::code).containsExactly(0, 0, 0);
    }

    @Test
    void anExpiredCodeEndsTheLoginWithExpired() {
        AtomicReference<String> key = new AtomicReference<>();
        scannedWebLogin(key)
                .then(() -> world.expireQr(key.get()))
                .then(tickUntil(WEB_POLL, 2))
                .expectNextMatches(s -> s instanceof QrLoginState.Expired)
                .verifyComplete();
        assertThat(journal().count(WEB_POLL)).isEqualTo(2);
    }

    @Test
    void theCodeExpiresBy180SecondsOnTheServiceClock() {
        TestClock serviceClock = TestClock.at(Instant.now());
        world.clock(serviceClock);
        StepVerifier.create(offNetty(passport().qrLogin()))
                .expectNextMatches(s -> s instanceof QrLoginState.QrCode)
                .then(tickUntil(WEB_POLL, 1))
                .then(() -> serviceClock.advance(Duration.ofSeconds(180)))
                .then(tickUntil(WEB_POLL, 2))
                .expectNextMatches(s -> s instanceof QrLoginState.Expired)
                .verifyComplete();
        assertThat(world.pendingQrCodes()).isEmpty();
    }

    @Test
    void aServiceThatNeverSaysExpiredStillEndsAfterTheLifetimeAndAFewPolls() {
        world.clock(java.time.Clock.fixed(Instant.now(), java.time.ZoneOffset.UTC)); // its codes never age
        Duration every = Duration.ofSeconds(10);
        long bound = PassportClient.QR_LIFETIME.dividedBy(every) + 5;
        var steps = StepVerifier.create(offNetty(passport().withPollInterval(every).qrLogin()))
                .expectNextMatches(s -> s instanceof QrLoginState.QrCode);
        for (long i = 1; i <= bound; i++) {
            steps = steps.then(tickUntil(WEB_POLL, i, every));
        }
        steps.expectNextMatches(s -> s instanceof QrLoginState.Expired).verifyComplete();
        assertThat(journal().count(WEB_POLL)).isEqualTo(bound);
    }

    @Test
    void nothingIsPolledAfterCancellation() {
        AtomicReference<String> key = new AtomicReference<>();
        scannedWebLogin(key)
                .thenCancel()
                .verify();
        long polls = journal().count(WEB_POLL);
        assertThat(polls).isEqualTo(1);
        vts.advanceTimeBy(Duration.ofMinutes(5));
        // A poll, had one been scheduled, would have reached the emulator by the time a later request does.
        StepVerifier.create(passport().qrLogin().take(1)).expectNextCount(1).verifyComplete();
        assertThat(journal().count(WEB_POLL)).isEqualTo(polls);
    }

    @Test
    void tvLoginGivesAppCredentialsSignedWithTheTvKey() {
        AtomicReference<String> key = new AtomicReference<>();
        AtomicReference<QrLoginState.AppLoggedIn> done = new AtomicReference<>();
        StepVerifier.create(offNetty(passport().tvQrLogin()))
                .assertNext(s -> key.set(((QrLoginState.QrCode) s).key()))
                .then(tickUntil(TV_POLL, 1))
                .expectNoEvent(Duration.ZERO)
                .then(() -> world.scanQr(key.get()))
                .then(tickUntil(TV_POLL, 2))
                .expectNextMatches(s -> s instanceof QrLoginState.Scanned)
                .then(() -> world.confirmQr(key.get(), ME))
                .then(tickUntil(TV_POLL, 3))
                .assertNext(s -> done.set((QrLoginState.AppLoggedIn) s))
                .verifyComplete();
        QrLoginState.AppLoggedIn in = done.get();
        assertThat(in.mid()).isEqualTo(ME);
        assertThat(in.credentials().accessKey()).isEqualTo(world.session(ME).accessKey());
        assertThat(in.credentials().appKey()).isEqualTo(AppKey.TV);
        assertThat(in.refreshToken()).isNotBlank();
        assertThat(in.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(179)));
        assertThat(in.webCookies()).hasValueSatisfying(c -> assertThat(c.sessdata()).isEqualTo(world.session(ME).sessdata()));
        // Every TV request was APP-signed with the TV key: the emulator checks it (-3 otherwise).
        List<Journal.Entry> tv = journal().entries().stream().filter(e -> e.path().startsWith("/x/passport-tv-login/")).toList();
        assertThat(tv).hasSize(4).allSatisfy(e ->
                assertThat(e.form()).containsEntry("appkey", AppKey.TV.appKey()).containsEntry("local_id", "0")
                        .containsKeys("ts", "sign"));
        assertThat(tv).extracting(Journal.Entry::code).containsExactly(0, 86039, 86090, 0);
    }

    @Test
    void tvExpiryEndsTheLogin() {
        AtomicReference<String> key = new AtomicReference<>();
        StepVerifier.create(offNetty(passport().tvQrLogin()))
                .assertNext(s -> key.set(((QrLoginState.QrCode) s).key()))
                .then(() -> world.expireQr(key.get()))
                .then(tickUntil(TV_POLL, 1))
                .expectNextMatches(s -> s instanceof QrLoginState.Expired)
                .verifyComplete();
    }

    @Test
    void thePollIntervalIsValidated() {
        PassportClient p = passport();
        assertThatThrownBy(() -> p.withPollInterval(Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval").hasMessageContaining("100 ms .. 10 s");
        assertThatThrownBy(() -> p.withCorrespondKey("not a key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correspondKey");
    }

    /** The states on a thread of their own: the test's steps may wait there without blocking Netty. */
    static reactor.core.publisher.Flux<QrLoginState> offNetty(reactor.core.publisher.Flux<QrLoginState> states) {
        return states.publishOn(reactor.core.scheduler.Schedulers.boundedElastic(), 1);
    }

}
