package io.github.biliflux.manga;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Envelope;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;

/**
 * The manga endpoints of spec 000, declared once. Both are twirp calls: POSTs with a JSON body
 * that only read, so they are marked read-only and retried like GETs; app logins sign them with
 * the manga app key, which the service requires (another key answers -3).
 */
final class MangaRoutes {

    /** M1: the reading coupons, with the counters of coupon_info. */
    static final Route COUPONS = Route.post("M1", Host.MANGA, "/twirp/user.v1.User/GetCoupons", Auth.COOKIE_OR_APP)
            .envelope(Envelope.MANGA)
            .readOnly()
            .signedWith(AppKey.MANGA_ANDROID);

    /** M2: the bought comics; {@code data} is the array itself. */
    static final Route BOUGHT_COMICS = Route.post("M2", Host.MANGA, "/twirp/user.v1.User/GetAutoBuyComics", Auth.COOKIE_OR_APP)
            .envelope(Envelope.MANGA)
            .readOnly()
            .signedWith(AppKey.MANGA_ANDROID);

    private MangaRoutes() {
    }
}
