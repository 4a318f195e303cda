package io.github.biliflux.core.internal;

import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Credentials;

/**
 * Cookie logins: the Cookie header is set once on the shared HTTP client; each form of a mutation
 * gets {@code csrf} = bili_jct (PROTOCOL.md "Cookie auth").
 */
final class CookieSigner implements Signer {

    private final Credentials.Cookie cookie;

    CookieSigner(Credentials.Cookie cookie) {
        this.cookie = cookie;
    }

    @Override
    public void sign(ApiRequest req, Params p) {
        if (req.bodyKind() == ApiRequest.BodyKind.FORM) {
            p.form().put("csrf", cookie.biliJct());
        }
    }
}
