package io.github.biliflux.passport;

import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.DecodingException;
import io.github.biliflux.core.NotLoggedInException;
import io.github.biliflux.core.Session;
import io.github.biliflux.core.SessionState;
import io.github.biliflux.passport.internal.CorrespondPath;
import io.github.biliflux.passport.internal.Wire;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The session life cycle of PROTOCOL.md "Sessions": web and TV QR login, the five-step cookie
 * refresh, and a refresher that keeps a {@link Session} fresh. Immutable; {@code with...} methods
 * return a changed copy.
 *
 * <pre>{@code
 * PassportClient passport = PassportClient.of(bili);
 * passport.qrLogin().doOnNext(s -> { if (s instanceof QrLoginState.QrCode q) show(q.url()); })
 *         .ofType(QrLoginState.LoggedIn.class).next();
 * }</pre>
 */
public final class PassportClient {

    /** The default pace of QR polls: once a second, as the web and TV pages poll. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    /** How long a QR code lives (180 s); the polls stop a little after, with {@link QrLoginState.Expired}. */
    public static final Duration QR_LIFETIME = Duration.ofSeconds(180);

    private final BiliClient bili;
    private final Duration pollInterval;
    private final PublicKey correspondKey;
    private final Scheduler scheduler;

    private PassportClient(BiliClient bili, Duration pollInterval, PublicKey correspondKey, Scheduler scheduler) {
        this.bili = bili;
        this.pollInterval = pollInterval;
        this.correspondKey = correspondKey;
        this.scheduler = scheduler;
    }

    /**
     * A passport client on {@code bili}: polls once a second, encrypts with the production key.
     *
     * @param bili the client (anonymous for a login; with cookies or a session for a refresh)
     * @return the passport client
     */
    public static PassportClient of(BiliClient bili) {
        return new PassportClient(Objects.requireNonNull(bili, "bili"), DEFAULT_POLL_INTERVAL,
                CorrespondPath.publicKey(CorrespondPath.PRODUCTION_KEY), null);
    }

    /**
     * This client polling QR codes every {@code interval}, 100 ms .. 10 s (default 1 s).
     *
     * @param interval the pause before each poll
     * @return a changed copy
     */
    public PassportClient withPollInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(Duration.ofMillis(100)) < 0 || interval.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("interval must be in 100 ms .. 10 s, was " + interval);
        }
        return new PassportClient(bili, interval, correspondKey, scheduler);
    }

    /**
     * This client encrypting correspond paths with {@code base64X509} (default: the production key of
     * PROTOCOL.md; the emulator's is {@code World.passportPublicKey()}).
     *
     * @param base64X509 an RSA public key, base64 X.509 (PEM armour allowed)
     * @return a changed copy
     */
    public PassportClient withCorrespondKey(String base64X509) {
        return new PassportClient(bili, pollInterval,
                CorrespondPath.publicKey(Objects.requireNonNull(base64X509, "base64X509")), scheduler);
    }

    /**
     * This client pausing between polls on {@code scheduler} (default: Reactor's parallel scheduler,
     * resolved at each use, so {@code StepVerifier.withVirtualTime} drives it).
     *
     * @param scheduler the scheduler
     * @return a changed copy
     */
    public PassportClient withScheduler(Scheduler scheduler) {
        return new PassportClient(bili, pollInterval, correspondKey, Objects.requireNonNull(scheduler, "scheduler"));
    }

    // ---- QR login ------------------------------------------------------------------------------------

    /**
     * Web QR login: {@link QrLoginState.QrCode} first, then {@link QrLoginState.Scanned} once the phone
     * scanned it, then {@link QrLoginState.LoggedIn} (cookies and refresh token) or
     * {@link QrLoginState.Expired}; then the flux completes. One poll per {@link #withPollInterval
     * interval}, none after cancellation; at most {@link #QR_LIFETIME} plus a few polls.
     *
     * @return the states, each once, in order
     */
    public Flux<QrLoginState> qrLogin() {
        return bili.exchange(PassportRoutes.WEB_QR.request().build(), Wire.WebQr.class)
                .flatMapMany(qr -> states(new QrLoginState.QrCode(qr.url(), qr.qrcodeKey()), () -> webPoll(qr.qrcodeKey())));
    }

    /**
     * TV QR login (app credentials), APP-signed with the TV key pair: the same states, ending with
     * {@link QrLoginState.AppLoggedIn} (access token, refresh token, expiry, mid) or
     * {@link QrLoginState.Expired}.
     *
     * @return the states, each once, in order
     */
    public Flux<QrLoginState> tvQrLogin() {
        return bili.exchange(PassportRoutes.TV_QR.request().form("local_id", 0).build(), Wire.TvQr.class)
                .flatMapMany(qr -> states(new QrLoginState.QrCode(qr.url(), qr.authCode()), () -> tvPoll(qr.authCode())));
    }

    private Flux<QrLoginState> states(QrLoginState.QrCode first, Supplier<Mono<QrLoginState>> poll) {
        long maxPolls = QR_LIFETIME.toMillis() / pollInterval.toMillis() + 5;
        // Ticks keep the pace whatever the answers take; a tick during a poll waits for it (the
        // latest only), so there is one poll in flight at most and none after cancellation.
        Flux<QrLoginState> polls = Flux.defer(() -> Flux.interval(pollInterval, scheduler != null ? scheduler : Schedulers.parallel()))
                .onBackpressureLatest()
                .take(maxPolls)
                .concatMap(tick -> Mono.defer(poll), 1);
        // A service that never says "expired" still ends the login, after the code's lifetime.
        return Flux.concat(Mono.just(first), polls, Mono.just(new QrLoginState.Expired()))
                .distinctUntilChanged(QrLoginState::getClass)
                .takeUntil(QrLoginState::terminal);
    }

    private Mono<QrLoginState> webPoll(String key) {
        return bili.exchangeWithCookies(PassportRoutes.WEB_POLL.request().query("qrcode_key", key).build(), Wire.WebPoll.class)
                .flatMap(a -> {
                    Wire.WebPoll p = a.data();
                    if (p == null) {
                        return Mono.error(new DecodingException(PassportRoutes.WEB_POLL.describe(), "no data in the poll answer", null));
                    }
                    return switch (p.code()) {
                        case 86101 -> Mono.empty();
                        case 86090 -> Mono.just(new QrLoginState.Scanned());
                        case 86038 -> Mono.just(new QrLoginState.Expired());
                        case 0 -> Mono.just(new QrLoginState.LoggedIn(cookies(a.cookies(), PassportRoutes.WEB_POLL.describe()),
                                p.refreshToken() == null ? "" : p.refreshToken(),
                                p.timestamp() > 0 ? Instant.ofEpochMilli(p.timestamp()) : bili.clock().instant()));
                        default -> Mono.error(new BiliApiException(new ApiError(p.code(), p.message(),
                                PassportRoutes.WEB_POLL.describe(), 200, null), "unknown QR state"));
                    };
                });
    }

    private Mono<QrLoginState> tvPoll(String authCode) {
        return bili.exchange(PassportRoutes.TV_POLL.request().form("auth_code", authCode).form("local_id", 0).build(),
                        Wire.TvLogin.class)
                .<QrLoginState>map(t -> {
                    Credentials.Cookie cookies = null;
                    if (t.cookieInfo() != null && t.cookieInfo().cookies() != null && !t.cookieInfo().cookies().isEmpty()) {
                        Map<String, String> m = new LinkedHashMap<>();
                        t.cookieInfo().cookies().forEach(c -> m.put(c.name(), c.value()));
                        cookies = cookies(m, PassportRoutes.TV_POLL.describe());
                    }
                    return new QrLoginState.AppLoggedIn(Credentials.app(t.accessToken(), io.github.biliflux.core.AppKey.TV),
                            t.refreshToken() == null ? "" : t.refreshToken(), t.mid(),
                            bili.clock().instant().plusSeconds(t.expiresIn()), cookies);
                })
                .onErrorResume(BiliApiException.class, e -> switch (e.code()) {
                    case 86039 -> Mono.empty();
                    case 86090 -> Mono.just(new QrLoginState.Scanned());
                    case 86038 -> Mono.just(new QrLoginState.Expired());
                    default -> Mono.error(e);
                });
    }

    private static Credentials.Cookie cookies(Map<String, String> m, String route) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append('=').append(v).append("; "));
        try {
            return Credentials.parseCookieHeader(sb.toString());
        } catch (IllegalArgumentException e) {
            throw new DecodingException(route, "the login answer set no usable cookies (" + e.getMessage() + ")", null);
        }
    }

    // ---- cookie refresh ------------------------------------------------------------------------------

    /**
     * Refresh step 1 with the client's cookies: whether the service wants them refreshed.
     *
     * @return whether a refresh is needed; {@link NotLoggedInException} when the cookies are dead
     */
    public Mono<Boolean> needsRefresh() {
        return Mono.defer(() -> check(cookieLogin()).map(Wire.RefreshCheck::refresh));
    }

    /**
     * The whole refresh of the client's cookies (PROTOCOL.md, steps 1 to 5). The old cookies work
     * until step 5 succeeds; a lost answer to step 4 or 5 is an
     * {@link io.github.biliflux.core.OutcomeUnknownException}, never re-sent (check with
     * {@link #needsRefresh()} before anything else). 86095 is {@link RefreshRejectedException}, a 404
     * page {@link CorrespondPageException}, dead cookies {@link NotLoggedInException}.
     *
     * @param refreshToken the refresh token of the client's cookies
     * @return the new cookies and refresh token
     */
    public Mono<RefreshedSession> refresh(String refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken");
        if (refreshToken.isBlank()) {
            throw new IllegalArgumentException("refreshToken must not be blank");
        }
        return Mono.defer(() -> {
            Credentials.Cookie old = cookieLogin();
            return check(old).flatMap(info -> refreshUnconfirmed(old, refreshToken, info))
                    .flatMap(r -> confirm(r.credentials(), refreshToken).thenReturn(r));
        });
    }

    /**
     * Makes {@code session} refresh itself through this client: at most once per its check interval
     * (a day by default) it runs step 1; when the service says so, steps 2 to 4, saves the new set as
     * pending, confirms it (step 5) and only then switches to it. A session found pending at start-up
     * (a crash or a lost answer between steps 4 and 5) is resolved first: the new cookies are checked
     * with step 1, confirmed and used when they work, dropped when they do not.
     *
     * @param session the session the client of this passport client was built with
     * @return {@code session}
     */
    public Session keepFresh(Session session) {
        return Objects.requireNonNull(session, "session").refresher(this::refreshSession);
    }

    private Mono<Void> refreshSession(Session session) {
        SessionState st = session.state();
        if (st.pending() != null) {
            return recover(session, st);
        }
        return check(st.credentials()).flatMap(info -> {
            if (!info.refresh()) {
                return session.save(st.checked(session.clock().instant()));
            }
            if (st.refreshToken().isBlank()) {
                return Mono.error(new IllegalStateException("the session needs a refresh but has no refresh token: log in again"));
            }
            return refreshUnconfirmed(st.credentials(), st.refreshToken(), info)
                    .flatMap(r -> session.save(st.withPending(new SessionState.Pending(r.credentials(), r.refreshToken())))
                            .then(confirm(r.credentials(), st.refreshToken()))
                            .then(Mono.defer(() -> session.save(session.state().promoted(session.clock().instant())))));
        });
    }

    private Mono<Void> recover(Session session, SessionState st) {
        SessionState.Pending p = st.pending();
        return check(p.credentials())
                .flatMap(ok -> confirm(p.credentials(), st.refreshToken())
                        // Already confirmed before the crash: the service refuses a second confirmation.
                        .onErrorResume(e -> e instanceof BiliApiException, e -> Mono.empty())
                        .then(Mono.defer(() -> session.save(session.state().promoted(session.clock().instant())))))
                .onErrorResume(NotLoggedInException.class, e -> session.save(session.state().withoutPending()));
    }

    private Credentials.Cookie cookieLogin() {
        if (bili.credentials() instanceof Credentials.Cookie c) {
            return c;
        }
        throw new IllegalStateException("a cookie refresh needs a client with cookie credentials, has " + bili.credentials());
    }

    private Mono<Wire.RefreshCheck> check(Credentials.Cookie c) {
        return bili.exchange(PassportRoutes.COOKIE_INFO.request().query("csrf", c.biliJct()).credentials(c).build(),
                        Wire.RefreshCheck.class)
                .switchIfEmpty(Mono.error(() -> new DecodingException(PassportRoutes.COOKIE_INFO.describe(), "no data", null)));
    }

    private Mono<RefreshedSession> refreshUnconfirmed(Credentials.Cookie old, String refreshToken, Wire.RefreshCheck info) {
        return Mono.defer(() -> {
            var route = PassportRoutes.correspond(CorrespondPath.of(correspondKey, info.timestamp()));
            return bili.exchangeText(route.request().credentials(old).build()).map(page -> {
                String csrf = page.status() == 200 ? CorrespondPath.refreshCsrf(page.body()) : null;
                if (csrf == null) {
                    throw new CorrespondPageException(new ApiError(-404, "HTTP " + page.status(), "P6 GET /correspond/1/...",
                            page.status(), null));
                }
                return csrf;
            });
        }).flatMap(refreshCsrf -> bili.exchangeWithCookies(PassportRoutes.REFRESH.request()
                        .form("refresh_csrf", refreshCsrf).form("source", "main_web").form("refresh_token", refreshToken)
                        .credentials(old).build(), Wire.Refreshed.class))
                .map(a -> {
                    if (a.data() == null || a.data().refreshToken() == null || !a.cookies().containsKey("SESSDATA")) {
                        throw new DecodingException(PassportRoutes.REFRESH.describe(), "no new cookies or refresh token", null);
                    }
                    return new RefreshedSession(old.with(a.cookies()), a.data().refreshToken());
                });
    }

    private Mono<Void> confirm(Credentials.Cookie next, String oldRefreshToken) {
        return bili.execute(PassportRoutes.CONFIRM.request().form("refresh_token", oldRefreshToken).credentials(next).build());
    }

    @Override
    public String toString() {
        return "PassportClient[" + bili + ", poll every " + pollInterval + "]";
    }
}
