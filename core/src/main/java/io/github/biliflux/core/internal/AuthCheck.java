package io.github.biliflux.core.internal;

import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.MissingCredentialsException;

/** The credentials check: whether the credentials a request is sent with meet its route's {@link Auth}. */
final class AuthCheck {

    private AuthCheck() {
    }

    /** Null when {@code c} is enough for {@code req}'s {@link Auth}, else what is missing. */
    static MissingCredentialsException check(ApiRequest req, Credentials c, String route) {
        boolean cookie = c instanceof Credentials.Cookie;
        boolean cookieMid = c instanceof Credentials.Cookie k && k.dedeUserId() > 0;
        boolean app = c instanceof Credentials.App;
        Auth a = req.auth();
        boolean ok = switch (a) {
            case NONE -> true;
            case COOKIE -> cookie;
            case COOKIE_WITH_MID -> cookieMid;
            case APP -> app;
            case COOKIE_OR_APP -> cookie || app;
            case COOKIE_WITH_MID_OR_APP -> cookieMid || app;
        };
        if (ok) {
            return null;
        }
        String need = switch (a) {
            case COOKIE -> "cookie credentials (SESSDATA)";
            case COOKIE_WITH_MID -> "cookie credentials with a non-zero DedeUserID";
            case APP -> "app credentials (access_key)";
            case COOKIE_OR_APP -> "cookie or app credentials";
            default -> "cookie credentials with a non-zero DedeUserID, or app credentials";
        };
        String have = app ? "app credentials" : cookie ? "cookie credentials without DedeUserID" : "no credentials";
        return new MissingCredentialsException(route, need, have);
    }
}
