package io.github.biliflux.passport;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Envelope;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;
import java.util.Map;

/**
 * The passport endpoints of PROTOCOL.md "Sessions", each declared once. The QR codes and polls are
 * reads (a repeated poll is harmless); the refresh and its confirmation are mutations, never re-sent
 * once they may have reached the service.
 */
final class PassportRoutes {

    /** Web QR: a new code (url, qrcode_key; valid 180 s). */
    static final Route WEB_QR = Route.get("P1", Host.PASSPORT, "/x/passport-login/web/qrcode/generate", Auth.NONE);
    /** Web QR poll: the state in data.code (86101, 86090, 86038, 0); on 0 the cookies in Set-Cookie. */
    static final Route WEB_POLL = Route.get("P2", Host.PASSPORT, "/x/passport-login/web/qrcode/poll", Auth.NONE);
    /** TV QR: a new auth code, APP-signed with the TV key pair. */
    static final Route TV_QR = Route.post("P3", Host.PASSPORT, "/x/passport-tv-login/qrcode/auth_code", Auth.NONE)
            .readOnly().signedWith(AppKey.TV);
    /** TV QR poll: the envelope code is the state (86039, 86090, 86038); 0 carries the app login. */
    static final Route TV_POLL = Route.post("P4", Host.PASSPORT, "/x/passport-tv-login/qrcode/poll", Auth.NONE)
            .readOnly().signedWith(AppKey.TV);
    /** Refresh step 1: whether the cookies need a refresh, and the timestamp to encrypt. */
    static final Route COOKIE_INFO = Route.get("P5", Host.PASSPORT, "/x/passport-login/web/cookie/info", Auth.COOKIE);
    /** Refresh step 4: new cookies (Set-Cookie) and refresh token; 86095 when refresh_csrf or the token is wrong. */
    static final Route REFRESH = Route.post("P7", Host.PASSPORT, "/x/passport-login/web/cookie/refresh", Auth.COOKIE)
            .error(86095, RefreshRejectedException::new);
    /** Refresh step 5: with the new csrf and the old refresh token; the old cookies die. */
    static final Route CONFIRM = Route.post("P8", Host.PASSPORT, "/x/passport-login/web/confirm/refresh", Auth.COOKIE);

    private PassportRoutes() {
    }

    /**
     * Refresh step 3: the correspond page of {@code correspondPath} (256 hex characters), an HTML page
     * whose {@code <div id="1-name">} holds refresh_csrf; a 404 page when the path is wrong or stale.
     */
    static Route correspond(String correspondPath) {
        return new Route("P6", Host.WWW, Route.Method.GET, "/correspond/1/" + correspondPath, Auth.COOKIE, true,
                Envelope.API, false, null, Map.of());
    }
}
