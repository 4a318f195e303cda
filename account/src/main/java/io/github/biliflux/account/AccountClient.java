package io.github.biliflux.account;

import io.github.biliflux.account.internal.Wire;
import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.BadRequestException;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Check;
import io.github.biliflux.core.DecodingException;
import io.github.biliflux.core.MalformedResponseException;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.ServerErrorException;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The logged-in user's account (spec A1-A9). Built once from a {@link BiliClient} with
 * {@link #of(BiliClient)}; thread-safe. Every method returns a lazy publisher: nothing is sent before
 * subscription and each subscription sends anew. Routes that accept both logins (C/A) work with cookie
 * or app credentials; A4 is cookie only, A3 cookie only (its fallback also needs DedeUserID), and a
 * client without the needed credentials fails with
 * {@link io.github.biliflux.core.MissingCredentialsException} before anything is sent.
 */
public final class AccountClient {

    /** A9: the longest sign, in characters (code points, as the service counts them). */
    public static final int MAX_SIGN_LENGTH = 70;

    private final BiliClient bili;

    private AccountClient(BiliClient bili) {
        this.bili = bili;
    }

    /**
     * An account client over {@code bili}.
     * @param bili the client to send requests with
     * @return an account client over {@code bili}
     */
    public static AccountClient of(BiliClient bili) {
        return new AccountClient(Objects.requireNonNull(bili, "bili"));
    }

    /**
     * A1 the profile: mid, nickname, user name, sign, birthday, sex, rank. Cookie or app.
     * @return the profile: mid, nickname, user name, sign, birthday, sex, rank
     */
    public Mono<AccountProfile> account() {
        return fetch(AccountRoutes.ACCOUNT, Wire.Account.class, Wire.Account::toProfile);
    }

    /**
     * A2 today's exp tasks (login, watch, coins, share) and the one-off ones (email, tel ...). Cookie or app.
     * @return today's exp tasks (login, watch, coins, share) and the one-off ones (email, tel ...)
     */
    public Mono<ExpReward> expReward() {
        return fetch(AccountRoutes.EXP_REWARD, Wire.Reward.class, Wire.Reward::toReward);
    }

    /**
     * A3 today's exp from giving coins (0..50), updated in real time. Cookie only.
     *
     * <p>Asks the live route {@code GET /x/web-interface/coin/today/exp} first. The spec's
     * {@code www.bilibili.com/plus/account/exp.php} (retired, needs DedeUserID) is asked only when the
     * live route looks gone or broken: it answered a bad-request code (-3/-400/-404/-405/-409, e.g. a
     * 404 of a removed route), an unreadable answer (an HTML error page, after the retries), a server
     * error (after the retries), a payload that is not a number, or no payload. An answer about the
     * caller (not logged in, banned, csrf, access denied, risk control, throttling), a transport
     * failure or missing credentials ends the call without a fallback: the old route would say the
     * same, and asking it again under throttling only makes things worse. When the fallback fails too,
     * the live route's error is reported, with the fallback's failure attached as suppressed.
     * @return today's exp from giving coins (0..50), updated in real time
     */
    public Mono<Integer> coinExpToday() {
        Mono<Integer> legacy = bili.exchange(AccountRoutes.COIN_EXP_LEGACY.request().build(), Integer.class)
                .switchIfEmpty(Mono.error(() -> noData(AccountRoutes.COIN_EXP_LEGACY)));
        return bili.exchange(AccountRoutes.COIN_EXP.request().build(), Integer.class)
                .switchIfEmpty(Mono.error(() -> noData(AccountRoutes.COIN_EXP)))
                .onErrorResume(AccountClient::routeLooksGone, primary -> legacy.onErrorMap(fallback -> {
                    primary.addSuppressed(fallback);
                    return primary;
                }));
    }

    /** Whether a failure of A3's live route is one that the retired route may not share (see coinExpToday). */
    static boolean routeLooksGone(Throwable t) {
        return t instanceof BadRequestException
                || t instanceof MalformedResponseException
                || t instanceof ServerErrorException
                || t instanceof DecodingException;
    }

    /**
     * A4 the VIP status and due date. Cookie only: app credentials fail before sending.
     * @return the VIP status and due date
     */
    public Mono<VipInfo> vipInfo() {
        return fetch(AccountRoutes.VIP_INFO, Wire.Vip.class, Wire.Vip::toVip);
    }

    /**
     * A5 account security (passport host): bindings, security score, password strength, linked
     * logins. Cookie with DedeUserID, or app.
     * @return account security (passport host): bindings, security score, password strength, linked logins
     */
    public Mono<SecurityInfo> securityInfo() {
        return fetch(AccountRoutes.SECURITY, Wire.Security.class, Wire.Security::toSecurity);
    }

    /**
     * A6 whether the user is real-name verified. Cookie or app.
     * @return whether the user is real-name verified
     */
    public Mono<RealNameStatus> realNameStatus() {
        return fetch(AccountRoutes.REALNAME_STATUS, Wire.RealnameStatus.class, Wire.RealnameStatus::toStatus);
    }

    /**
     * A7 the real-name application: status, masked name and document, document type. Cookie or app.
     * @return the real-name application: status, masked name and document, document type
     */
    public Mono<RealNameDetail> realNameDetail() {
        return fetch(AccountRoutes.REALNAME_DETAIL, Wire.RealnameApply.class, Wire.RealnameApply::toDetail);
    }

    /**
     * A8 the coin log of the last week, newest first, as the service lists it (one request, no
     * paging). Cookie or app.
     * @return the coin log of the last week, newest first, as the service lists it (one request, no paging)
     */
    public Flux<CoinLogEntry> coinLog() {
        Route route = AccountRoutes.COIN_LOG;
        return bili.exchange(route.request().build(), Wire.CoinLog.class,
                        log -> log.list().stream().map(line -> line.toEntry(route.describe())).toList())
                .flatMapIterable(entries -> entries);
    }

    /**
     * A9 sets the sign; an empty {@code sign} clears it. The change takes effect after the service's
     * review. Cookie or app.
     *
     * @param sign at most {@value #MAX_SIGN_LENGTH} characters, counted as code points (an emoji is one)
     * @return a {@code Mono} that completes when the service has accepted the change
     *         {@link SignSensitiveWordException} (40015), {@link SignEmoteException} (40021) or
     *         {@link SignTooLongException} (40022)
     * @throws IllegalArgumentException when {@code sign} is longer than {@value #MAX_SIGN_LENGTH}
     *         characters (nothing is sent)
     * @throws NullPointerException     when {@code sign} is null
     */
    public Mono<Void> updateSign(String sign) {
        Check.length("sign", sign, 0, MAX_SIGN_LENGTH);
        Check.text("sign", sign);
        ApiRequest req = AccountRoutes.SIGN_UPDATE.request().form("user_sign", sign).build();
        return bili.execute(req);
    }

    private <W, T> Mono<T> fetch(Route route, Class<W> wire, Function<W, T> convert) {
        return bili.exchange(route.request().build(), wire, convert)
                .switchIfEmpty(Mono.error(() -> noData(route)));
    }

    private static DecodingException noData(Route route) {
        return new DecodingException(route.describe(), "code 0 but no " + route.envelope().payloadField(), null);
    }
}
