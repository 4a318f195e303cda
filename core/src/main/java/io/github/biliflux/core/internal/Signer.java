package io.github.biliflux.core.internal;

import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Credentials;
import java.util.Map;

/**
 * One auth scheme's signature (PROTOCOL.md), applied by the transport to the parameters of each
 * attempt, never by domain code: {@link CookieSigner}, {@link AppSigner}; WBI, which needs its keys
 * first, is {@link WbiSigner}.
 */
interface Signer {

    /** Adds this scheme's parameters (and signature) to the attempt's {@code params}. */
    void sign(ApiRequest req, Params params);

    /**
     * The parameters of one attempt as the signers fill them in.
     *
     * @param query the query parameters, in order
     * @param form  the form fields, in order
     * @param ts    the attempt's Unix seconds, shared by {@code ts} and {@code wts}
     */
    record Params(Map<String, String> query, Map<String, String> form, String ts) {
    }

    /** The signer of {@code credentials}: cookie, app, or none for anonymous use. */
    static Signer of(Credentials credentials) {
        if (credentials instanceof Credentials.Cookie c) {
            return new CookieSigner(c);
        }
        if (credentials instanceof Credentials.App a) {
            return new AppSigner(a);
        }
        return (req, params) -> {
        };
    }
}
