package io.github.biliflux.testkit.internal;

import java.util.Map;

/**
 * Authentication as the service enforces it: WBI signature (-403), APP sign (-3) and access_key
 * (-101), SESSDATA cookie (-101, or the route's own code), DedeUserID where documented, csrf (-111).
 */
final class Gate {

    private Gate() {
    }

    /** The authenticated call, or an {@link ApiError}. */
    static Call authenticate(Route route, Request req, WorldState world) {
        if (route.wbi()) {
            checkWbi(req, world);
        }
        Call call = switch (route.auth()) {
            case NONE -> new Call(req, cookieMidOrZero(req, world), false, world);
            case COOKIE -> cookie(route, req, world, false);
            case COOKIE_DEDE -> cookie(route, req, world, true);
            case COOKIE_OR_APP -> appParams(route, req).containsKey("access_key")
                    ? app(route, req, world, false) : cookie(route, req, world, false);
            case COOKIE_DEDE_OR_APP -> appParams(route, req).containsKey("access_key")
                    ? app(route, req, world, false) : cookie(route, req, world, true);
            case COOKIE_OR_MANGA_APP -> appParams(route, req).containsKey("access_key")
                    ? app(route, req, world, true) : cookie(route, req, world, false);
        };
        if (route.csrf() && !call.viaApp()) {
            String csrf = req.form().get("csrf");
            if (csrf == null || csrf.isEmpty()) {
                csrf = req.form().get("csrf_token");
            }
            // Between a cookie refresh and its confirmation the old cookies, csrf included, still work.
            if (csrf == null || !(csrf.equals(world.biliJct(call.mid())) || world.passport.oldCsrf(call.mid(), csrf))) {
                throw new ApiError(-111, "csrf 校验失败");
            }
        }
        return call;
    }

    private static long cookieMidOrZero(Request req, WorldState world) {
        Long mid = world.midBySessdata(req.cookies().get("SESSDATA"));
        return mid == null ? 0 : mid;
    }

    private static Call cookie(Route route, Request req, WorldState world, boolean dede) {
        Long mid = world.midBySessdata(req.cookies().get("SESSDATA"));
        if (mid == null) {
            throw new ApiError(route.unauthCode(), route.unauthMessage());
        }
        if (dede) {
            String d = req.cookies().get("DedeUserID");
            if (d == null || d.isBlank() || d.trim().equals("0")) {
                throw new ApiError(route.unauthCode(), route.unauthMessage());
            }
        }
        return new Call(req, mid, false, world);
    }

    /** Where the APP params are: the query for GET and manga, else the form (or the query if unsigned form). */
    private static Map<String, String> appParams(Route route, Request req) {
        if (route.method().equals("GET") || route.auth() == Auth.COOKIE_OR_MANGA_APP) {
            return req.query();
        }
        return req.form().containsKey("access_key") ? req.form() : req.query();
    }

    private static Call app(Route route, Request req, WorldState world, boolean manga) {
        Map<String, String> params = appParams(route, req);
        String appkey = params.get("appkey");
        String secret = appkey == null ? null : Signatures.APP_SECRETS.get(appkey);
        if (secret == null || (manga && !Signatures.MANGA_APPKEY.equals(appkey))
                || !Signatures.verifyAppSign(params, secret)) {
            throw new ApiError(-3, "API校验密匙错误");
        }
        Long mid = world.midByAccessKey(params.get("access_key"));
        if (mid == null) {
            throw new ApiError(route.unauthCode(), route.unauthMessage());
        }
        return new Call(req, mid, true, world);
    }

    /** The w_rid over every query param but itself, with the world's current keys; no clock check on wts. */
    private static void checkWbi(Request req, WorldState world) {
        String wRid = req.query().get("w_rid");
        String wts = req.query().get("wts");
        if (wRid == null || wts == null || wts.isBlank()) {
            throw new ApiError(-403, "访问权限不足");
        }
        String mixin = Signatures.mixinKey(world.imgKey(), world.subKey());
        if (!wRid.equals(Signatures.wRid(req.query(), mixin))) {
            throw new ApiError(-403, "访问权限不足");
        }
    }
}
