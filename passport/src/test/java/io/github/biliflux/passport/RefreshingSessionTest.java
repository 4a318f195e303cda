package io.github.biliflux.passport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.CredentialStore;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.FileCredentialStore;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.Session;
import io.github.biliflux.core.SessionState;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** A client built with a session: single-flight refresh, at most once a day, persisted, crash-safe. */
class RefreshingSessionTest extends PassportTestBase {

    static final String INFO = "/x/passport-login/web/cookie/info";
    static final String REFRESH = "/x/passport-login/web/cookie/refresh";
    static final String CONFIRM = "/x/passport-login/web/confirm/refresh";
    static final String VIP = "/x/vip/web/user/info";
    /** A4, a cookie-only read: any call of the client does. */
    static final Route VIP_INFO = Route.get("A4", Host.API, VIP, Auth.COOKIE);

    @TempDir
    Path dir;
    Credentials.Cookie old;
    String oldToken;
    final TestClock clock = TestClock.at(Instant.now());

    @BeforeEach
    void login() {
        old = cookies(ME);
        oldToken = world.refreshToken(ME);
        world.requireCookieRefresh(ME, true);
    }

    Flux<JsonNode> calls(BiliClient bili, int n) {
        return Flux.range(0, n).flatMap(i -> bili.exchangeTree(VIP_INFO.request().build()), n);
    }

    @Test
    void oneRefreshFor100ConcurrentCallsWhichAllGoOutWithTheNewCookies() {
        Session session = Session.of(old, oldToken);
        BiliClient bili = bili(session);
        passport(bili).keepFresh(session);

        StepVerifier.create(calls(bili, 100)).expectNextCount(100).verifyComplete();

        assertThat(journal().count(INFO)).isEqualTo(1);
        assertThat(journal().count(REFRESH)).isEqualTo(1);
        assertThat(journal().count(CONFIRM)).isEqualTo(1);
        long confirmed = journal().entries(CONFIRM).get(0).seq();
        List<Journal.Entry> vip = journal().entries(VIP);
        assertThat(vip).hasSize(100).allSatisfy(e -> {
            assertThat(e.seq()).isGreaterThan(confirmed);
            assertThat(e.callerMid()).isEqualTo(ME);
            assertThat(e.code()).isZero();
        });
        assertThat(session.current().sessdata()).isEqualTo(world.session(ME).sessdata()).isNotEqualTo(old.sessdata());
        assertThat(session.refreshToken()).isEqualTo(world.refreshToken(ME));
        assertThat(session.state().pending()).isNull();
        assertThat(bili.credentials()).isSameAs(session.current());
    }

    @Test
    void theCheckRunsAtMostOnceADay() {
        world.requireCookieRefresh(ME, false);
        Session session = Session.of(old, oldToken).clock(clock);
        BiliClient bili = bili(session);
        passport(bili).keepFresh(session);

        StepVerifier.create(calls(bili, 10)).expectNextCount(10).verifyComplete();
        assertThat(journal().count(INFO)).isEqualTo(1);
        clock.advance(Duration.ofHours(23));
        StepVerifier.create(calls(bili, 10)).expectNextCount(10).verifyComplete();
        assertThat(journal().count(INFO)).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        StepVerifier.create(calls(bili, 10)).expectNextCount(10).verifyComplete();
        assertThat(journal().count(INFO)).isEqualTo(2);
        assertThat(journal().count(REFRESH)).isZero();
        assertThat(session.current().sessdata()).isEqualTo(old.sessdata());
    }

    @Test
    void aFailedRefreshLeavesTheOldCookiesAndWaitsAnHour() {
        emu.faults().onlyPaths(REFRESH).failNext(1, Fault.RESET_AFTER_HANDLER);
        Session session = Session.of(old, oldToken).clock(clock);
        BiliClient bili = bili(session);
        passport(bili).keepFresh(session);

        // The refresh's answer is lost: the calls go on with the old cookies (still valid until confirmed).
        StepVerifier.create(calls(bili, 5)).expectNextCount(5).verifyComplete();
        assertThat(journal().count(REFRESH)).isEqualTo(1);
        assertThat(session.current().sessdata()).isEqualTo(old.sessdata());
        StepVerifier.create(calls(bili, 5)).expectNextCount(5).verifyComplete();
        assertThat(journal().count(INFO)).isEqualTo(1);
        assertThat(journal().count(REFRESH)).isEqualTo(1);
    }

    @Test
    void aStoreSurvivesACrashBetweenRefreshAndConfirm() throws Exception {
        Path file = dir.resolve("biliflux").resolve("session.json");
        FileCredentialStore store = new FileCredentialStore(file);
        emu.faults().onlyPaths(CONFIRM).failNext(1, Fault.RESET_BEFORE_HANDLER);
        Session first = Session.open(store, SessionState.of(old, oldToken)).clock(clock);
        BiliClient bili = bili(first);
        passport(bili).keepFresh(first);
        StepVerifier.create(calls(bili, 1)).expectNextCount(1).verifyComplete();
        // The confirmation never arrived: the file holds the old set in use and the new one pending.
        SessionState saved = store.load().orElseThrow();
        assertThat(saved.credentials().sessdata()).isEqualTo(old.sessdata());
        assertThat(saved.pending()).isNotNull();
        assertThat(saved.pending().credentials().sessdata()).isEqualTo(world.session(ME).sessdata());
        assertThat(world.refreshUnconfirmed(ME)).isTrue();

        // "Restart": a new process opens the same file; its first call resolves the pending set first.
        Session restarted = Session.open(new FileCredentialStore(file)).clock(clock);
        BiliClient again = bili(restarted);
        passport(again).keepFresh(restarted);
        journal().clear();
        StepVerifier.create(calls(again, 3)).expectNextCount(3).verifyComplete();

        assertThat(journal().entries()).extracting(Journal.Entry::path).startsWith(INFO, CONFIRM);
        assertThat(journal().entries(INFO).get(0).query()).containsEntry("csrf", saved.pending().credentials().biliJct());
        assertThat(journal().entries(CONFIRM).get(0).form()).containsEntry("refresh_token", oldToken);
        assertThat(journal().count(REFRESH)).isZero();
        assertThat(world.refreshUnconfirmed(ME)).isFalse();
        assertThat(restarted.current().sessdata()).isEqualTo(world.session(ME).sessdata());
        assertThat(restarted.refreshToken()).isEqualTo(world.refreshToken(ME));
        SessionState now = store.load().orElseThrow();
        assertThat(now.pending()).isNull();
        assertThat(now.credentials().sessdata()).isEqualTo(world.session(ME).sessdata());
        // The old cookies are dead now.
        StepVerifier.create(passport(bili(old)).needsRefresh()).expectError(io.github.biliflux.core.NotLoggedInException.class).verify();

        // Owner-only, written atomically: no temporary file left beside it.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        String text = Files.readString(file);
        assertThat(store.toString()).doesNotContain(restarted.current().sessdata());
        assertThat(text).contains(restarted.current().sessdata()); // it is the credential file, after all
    }

    @Test
    void aPendingSetTheServiceNeverTookIsDropped() {
        CredentialStore store = CredentialStore.inMemory();
        Credentials.Cookie bogus = Credentials.cookie("0000deadbeef", "0000", ME);
        store.save(SessionState.of(old, oldToken).withPending(new SessionState.Pending(bogus, "t")));
        world.requireCookieRefresh(ME, false);
        Session session = Session.open(store).clock(clock);
        BiliClient bili = bili(session);
        passport(bili).keepFresh(session);
        StepVerifier.create(calls(bili, 2)).expectNextCount(2).verifyComplete();
        assertThat(journal().count(CONFIRM)).isZero();
        assertThat(session.state().pending()).isNull();
        assertThat(store.load().orElseThrow().pending()).isNull();
        assertThat(session.current().sessdata()).isEqualTo(old.sessdata());
    }
}
