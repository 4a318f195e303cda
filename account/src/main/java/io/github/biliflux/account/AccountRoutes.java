package io.github.biliflux.account;

import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Envelope;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;

/** Every endpoint of spec 002 (A1-A9), declared once: host, method, path, auth, envelope, own codes. */
final class AccountRoutes {

    /** A1 the profile. */
    static final Route ACCOUNT = Route.get("A1", Host.API, "/x/member/web/account", Auth.COOKIE_OR_APP);
    /** A2 the daily exp tasks. */
    static final Route EXP_REWARD = Route.get("A2", Host.API, "/x/member/web/exp/reward", Auth.COOKIE_OR_APP);
    /** A3, live route (PROTOCOL.md): {@code data} is the number. */
    static final Route COIN_EXP = Route.get("A3", Host.API, "/x/web-interface/coin/today/exp", Auth.COOKIE);
    /** A3 as the spec documents it: retired, {@code {code,message,number}}, needs DedeUserID. */
    static final Route COIN_EXP_LEGACY = Route.get("A3", Host.WWW, "/plus/account/exp.php", Auth.COOKIE_WITH_MID)
            .envelope(Envelope.NUMBER);
    /** A4 VIP status: cookie only. */
    static final Route VIP_INFO = Route.get("A4", Host.API, "/x/vip/web/user/info", Auth.COOKIE);
    /** A5 account security, on passport: C+D or A, envelope {@code {code,data}}. */
    static final Route SECURITY = Route.get("A5", Host.PASSPORT, "/web/site/user/info", Auth.COOKIE_WITH_MID_OR_APP)
            .envelope(Envelope.PASSPORT);
    /** A6 real-name status. */
    static final Route REALNAME_STATUS = Route.get("A6", Host.API, "/x/member/realname/status", Auth.COOKIE_OR_APP);
    /** A7 real-name application detail. */
    static final Route REALNAME_DETAIL = Route.get("A7", Host.API, "/x/member/realname/apply/status", Auth.COOKIE_OR_APP);
    /** A8 the coin log of the last week. */
    static final Route COIN_LOG = Route.get("A8", Host.API, "/x/member/web/coin/log", Auth.COOKIE_OR_APP);
    /** A9 sets or clears the sign. */
    static final Route SIGN_UPDATE = Route.post("A9", Host.API, "/x/member/web/sign/update", Auth.COOKIE_OR_APP)
            .error(40015, SignSensitiveWordException::new)
            .error(40021, SignEmoteException::new)
            .error(40022, SignTooLongException::new);

    private AccountRoutes() {
    }
}
