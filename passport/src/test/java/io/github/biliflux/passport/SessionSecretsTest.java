package io.github.biliflux.passport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.Session;
import io.github.biliflux.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Logins, refreshes and their failures never put a cookie, token or QR key in logs, messages or toString(). */
class SessionSecretsTest extends PassportTestBase {

    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level before;
    final List<String> secrets = new ArrayList<>();
    final List<String> texts = new ArrayList<>();

    @BeforeEach
    void captureEverything() {
        before = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restore() {
        root.detachAppender(logs);
        root.setLevel(before);
    }

    @Test
    void noSecretReachesLogsMessagesOrToString() {
        VirtualTimeScheduler vts = VirtualTimeScheduler.create();
        BiliClient anon = bili(Credentials.none(), b -> b.deviceIds(true).biliTicket(true));
        PassportClient passport = passport(anon).withScheduler(vts);
        AtomicReference<QrLoginState.LoggedIn> in = new AtomicReference<>();
        StepVerifier.create(passport.qrLogin().publishOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .assertNext(s -> {
                    texts.add(s.toString());
                    secrets.add(((QrLoginState.QrCode) s).key());
                    world.confirmQr(((QrLoginState.QrCode) s).key(), ME);
                })
                .then(() -> {
                    for (int i = 0; i < 30 && !journal().awaitCount("/x/passport-login/web/qrcode/poll", 1, Duration.ofSeconds(1)); i++) {
                        vts.advanceTimeBy(Duration.ofSeconds(1));
                    }
                })
                .assertNext(s -> in.set((QrLoginState.LoggedIn) s))
                .verifyComplete();
        Credentials.Cookie cookies = in.get().credentials();
        String token = in.get().refreshToken();
        secrets.addAll(List.of(cookies.sessdata(), cookies.biliJct(), token, world.session(ME).accessKey()));
        texts.add(in.get().toString());
        texts.add(cookies.toString());

        // A refreshing session, with a lost confirmation on the first try.
        world.requireCookieRefresh(ME, true);
        emu.faults().onlyPaths("/x/passport-login/web/confirm/refresh").failNext(1, Fault.RESET_AFTER_HANDLER);
        Session session = Session.of(cookies, token);
        BiliClient bili = bili(session);
        PassportClient p = passport(bili);
        StepVerifier.create(p.refresh(token)).expectErrorSatisfies(e -> texts.add(e.toString())).verify();
        secrets.addAll(List.of(world.session(ME).sessdata(), world.session(ME).biliJct(), world.refreshToken(ME)));
        StepVerifier.create(p.refresh(token)).expectErrorSatisfies(e -> texts.add(e.toString())).verify();
        p.keepFresh(session);
        Route vip = Route.get("A4", Host.API, "/x/vip/web/user/info", Auth.COOKIE);
        // The old cookies died with the lost confirmation: these fail -101, and their messages are checked too.
        StepVerifier.create(Flux.range(0, 3).flatMap(i -> bili.exchangeTree(vip.request().build())
                        .onErrorResume(e -> {
                            texts.add(e.toString());
                            return reactor.core.publisher.Mono.empty();
                        })))
                .verifyComplete();
        texts.add(session.toString());
        texts.add(session.state().toString());
        texts.add(bili.toString());

        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent e : logs.list) {
            texts.add(e.getFormattedMessage());
            if (e.getThrowableProxy() != null) {
                texts.add(e.getThrowableProxy().getMessage());
            }
        }
        for (String t : texts) {
            for (String s : secrets) {
                assertThat(t).as("a log line, message or toString()").doesNotContain(s);
            }
        }
    }
}
