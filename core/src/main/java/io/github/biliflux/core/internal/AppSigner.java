package io.github.biliflux.core.internal;

import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Credentials;
import java.util.Map;
import java.util.TreeMap;

/**
 * App logins (PROTOCOL.md "APP signing"): the route's app params, {@code access_key},
 * {@code appkey} (the route's own app key, else the login's) and {@code ts} go into the form of a
 * POST or the query of a GET, sorted, then {@code sign} over them. Routes without auth stay unsigned.
 */
final class AppSigner implements Signer {

    /** Signs a public route that names its own app key (TV QR login): no access_key. */
    static final AppSigner PUBLIC = new AppSigner(null);

    private final Credentials.App app;

    AppSigner(Credentials.App app) {
        this.app = app;
    }

    @Override
    public void sign(ApiRequest req, Params p) {
        if (app == null ? req.route().appKey() == null : req.auth() == Auth.NONE) {
            return;
        }
        Map<String, String> target = req.bodyKind() == ApiRequest.BodyKind.FORM ? p.form() : p.query();
        var key = req.route().appKey() != null ? req.route().appKey() : app.appKey();
        target.putAll(req.appParams());
        if (app != null) {
            target.put("access_key", app.accessKey());
        }
        target.put("appkey", key.appKey());
        target.put("ts", p.ts());
        Map<String, String> sorted = new TreeMap<>(target);
        String sign = Signing.appSign(sorted, key.appSec());
        target.clear();
        target.putAll(sorted);
        target.put("sign", sign);
    }
}
