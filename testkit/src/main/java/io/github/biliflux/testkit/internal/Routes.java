package io.github.biliflux.testkit.internal;

import static io.github.biliflux.testkit.internal.Auth.COOKIE;
import static io.github.biliflux.testkit.internal.Auth.COOKIE_DEDE;
import static io.github.biliflux.testkit.internal.Auth.COOKIE_DEDE_OR_APP;
import static io.github.biliflux.testkit.internal.Auth.COOKIE_OR_APP;
import static io.github.biliflux.testkit.internal.Auth.COOKIE_OR_MANGA_APP;
import static io.github.biliflux.testkit.internal.Auth.NONE;
import static io.github.biliflux.testkit.internal.Envelope.API;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of every endpoint the emulator serves (spec/README.md plus the live routes of
 * PROTOCOL.md), and the dispatch of a request through authentication to its handler.
 */
public final class Routes {

    /** Every route, in spec order. */
    public static final List<Route> ALL = List.of(
            // relation (004)
            Route.get("R1", "/x/relation/followers", COOKIE_OR_APP, API, RelationHandlers::followers),
            Route.get("R2", "/x/relation/followings", COOKIE_OR_APP, API, RelationHandlers::followings),
            Route.get("R3", "/x/relation/followings/search", COOKIE_OR_APP, API, RelationHandlers::search),
            Route.get("R4", "/x/relation/same/followings", COOKIE_OR_APP, API, RelationHandlers::same),
            Route.get("R5", "/x/relation/whispers", COOKIE_OR_APP, API, RelationHandlers::whispers),
            Route.get("R6", "/x/relation/blacks", COOKIE_OR_APP, API, RelationHandlers::blacks),
            Route.mutation("R7", "/x/relation/modify", COOKIE_OR_APP, RelationHandlers::modify),
            Route.mutation("R8", "/x/relation/batch/modify", COOKIE_OR_APP, RelationHandlers::batchModify),
            Route.get("R9", "/x/relation", COOKIE_OR_APP, API, RelationHandlers::relation),
            Route.get("R10", "/x/space/acc/relation", COOKIE_OR_APP, API, RelationHandlers::mutual),
            Route.get("R10", "/x/space/wbi/acc/relation", COOKIE_OR_APP, API, RelationHandlers::mutual)
                    .wbiSigned(),
            Route.get("R11", "/x/relation/relations", COOKIE_OR_APP, API, RelationHandlers::relations),
            Route.get("R12", "/x/relation/tags", COOKIE_OR_APP, API, TagHandlers::tags),
            Route.get("R13", "/x/relation/tag", COOKIE_OR_APP, API, TagHandlers::members),
            Route.get("R14", "/x/relation/tag/user", COOKIE_OR_APP, API, TagHandlers::tagsOfUser),
            Route.get("R15", "/x/relation/tag/special", COOKIE_OR_APP, API, TagHandlers::special),
            Route.mutation("R16", "/x/relation/tag/create", COOKIE_OR_APP, TagHandlers::create),
            Route.mutation("R17", "/x/relation/tag/update", COOKIE_OR_APP, TagHandlers::update),
            Route.mutation("R18", "/x/relation/tag/del", COOKIE_OR_APP, TagHandlers::delete),
            Route.mutation("R19", "/x/relation/tags/addUsers", COOKIE_OR_APP, TagHandlers::addUsers),
            Route.mutation("R20", "/x/relation/tags/copyUsers", COOKIE_OR_APP, TagHandlers::copyUsers),
            Route.mutation("R21", "/x/relation/tags/moveUsers", COOKIE_OR_APP, TagHandlers::moveUsers),
            // account (002)
            Route.get("A1", "/x/member/web/account", COOKIE_OR_APP, API, AccountHandlers::account),
            Route.get("A2", "/x/member/web/exp/reward", COOKIE_OR_APP, API, AccountHandlers::expReward),
            Route.get("A3", "/plus/account/exp.php", COOKIE_DEDE, Envelope.EXP_PHP, AccountHandlers::coinExp),
            Route.get("A3", "/x/web-interface/coin/today/exp", COOKIE, API, AccountHandlers::coinExp),
            Route.get("A4", "/x/vip/web/user/info", COOKIE, API, AccountHandlers::vipInfo),
            Route.get("A5", "/web/site/user/info", COOKIE_DEDE_OR_APP, Envelope.PASSPORT, AccountHandlers::security),
            Route.get("A6", "/x/member/realname/status", COOKIE_OR_APP, API, AccountHandlers::realnameStatus),
            Route.get("A7", "/x/member/realname/apply/status", COOKIE_OR_APP, API, AccountHandlers::realnameApply),
            Route.get("A8", "/x/member/web/coin/log", COOKIE_OR_APP, API, AccountHandlers::coinLog),
            Route.mutation("A9", "/x/member/web/sign/update", COOKIE_OR_APP, AccountHandlers::updateSign),
            // wallet (003)
            Route.mutation("W1", "/x/ugcpay/web/v2/trade/elec/pay/quick", COOKIE, WalletHandlers::charge),
            Route.mutation("W1-message", "/x/ugcpay/trade/elec/message", COOKIE, WalletHandlers::message),
            Route.mutation("W2", "/x/ugcpay/trade/elec/pay/quick", COOKIE, WalletHandlers::legacyCharge),
            // manga (000)
            Route.read("M1", "/twirp/user.v1.User/GetCoupons", COOKIE_OR_MANGA_APP, Envelope.MANGA,
                    MangaHandlers::coupons),
            Route.read("M2", "/twirp/user.v1.User/GetAutoBuyComics", COOKIE_OR_MANGA_APP, Envelope.MANGA,
                    MangaHandlers::comics),
            // course (001)
            Route.get("C1", "/pugv/pay/web/my/paid", COOKIE, Envelope.COURSE, CourseHandlers::paid)
                    .unauthenticated(-401, "非法访问"),
            // WBI keys (PROTOCOL.md)
            Route.get("NAV", "/x/web-interface/nav", NONE, API, NavHandler::nav),
            // sessions (PROTOCOL.md "Sessions")
            Route.get("P1", "/x/passport-login/web/qrcode/generate", NONE, API, PassportHandlers::webGenerate),
            Route.get("P2", "/x/passport-login/web/qrcode/poll", NONE, API, PassportHandlers::webPoll),
            Route.read("P3", "/x/passport-tv-login/qrcode/auth_code", NONE, API, PassportHandlers::tvAuthCode),
            Route.read("P4", "/x/passport-tv-login/qrcode/poll", NONE, API, PassportHandlers::tvPoll),
            Route.get("P5", "/x/passport-login/web/cookie/info", COOKIE, API, PassportHandlers::cookieInfo),
            Route.get("P6", PassportHandlers.CORRESPOND_PREFIX, COOKIE, API, PassportHandlers::correspond),
            Route.mutation("P7", "/x/passport-login/web/cookie/refresh", COOKIE, PassportHandlers::refresh),
            Route.mutation("P8", "/x/passport-login/web/confirm/refresh", COOKIE, PassportHandlers::confirm),
            Route.get("SPI", "/x/frontend/finger/spi", NONE, API, PassportHandlers::spi),
            Route.read("TICKET", "/bapis/bilibili.api.ticket.v1.Ticket/GenWebTicket", NONE, API,
                    PassportHandlers::webTicket));

    private static final Map<String, Route> BY_KEY = new LinkedHashMap<>();

    static {
        for (Route r : ALL) {
            BY_KEY.put(r.method() + " " + r.path(), r);
        }
    }

    private Routes() {
    }

    /** The route of a method and path, or null. */
    public static Route find(String method, String path) {
        if (path.startsWith(PassportHandlers.CORRESPOND_PREFIX)) {
            // The correspond page carries its RSA text in the path.
            path = PassportHandlers.CORRESPOND_PREFIX;
        }
        return BY_KEY.get(method + " " + path);
    }

    /** Whether some method is served at {@code path}. */
    public static boolean knownPath(String path) {
        return ALL.stream().anyMatch(r -> r.path().equals(path)) || path.startsWith(PassportHandlers.CORRESPOND_PREFIX);
    }

    /** The result of dispatching one request: the route (null if none), the reply and the caller. */
    public record Outcome(Route route, Reply reply, long callerMid, Envelope envelope) {

        /** The JSON body to send. */
        public byte[] body() {
            if (reply.raw() != null && reply.raw().html() != null) {
                return reply.raw().html().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            return envelope.bytes(reply);
        }
    }

    /**
     * Authenticates and runs the handler of {@code req} with the world's lock held; a GET that changed
     * nothing keeps the world's version (and the cards cached for it).
     */
    public static Outcome dispatch(Request req, WorldState world) {
        Route route = find(req.method(), req.path());
        if (route == null) {
            ApiError e = knownPath(req.path()) ? new ApiError(-405, "Method Not Allowed")
                    : new ApiError(-404, "啥都木有");
            return new Outcome(null, Reply.error(e), 0, API);
        }
        return world.serve(w -> {
            long mid = 0;
            try {
                Call call = Gate.authenticate(route, req, w);
                mid = call.mid();
                return new Outcome(route, route.handler().handle(call), mid, route.envelope());
            } catch (ApiError e) {
                return new Outcome(route, Reply.error(e), mid, route.envelope());
            }
        }, o -> route.method().equals("GET") && !o.reply().mutated());
    }
}
