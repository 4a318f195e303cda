package io.github.biliflux.core;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One endpoint of the spec, declared once in a module's routes table: its id (R1, A9 ...), host,
 * method, path, auth, whether it is idempotent, its envelope, whether it is WBI-signed, and the
 * typed exceptions of its own error codes. {@link #request()} starts an {@link ApiRequest}.
 *
 * @param id         the spec id, e.g. {@code "R1"}
 * @param host       the host
 * @param method     GET or POST
 * @param path       the path, starting with '/'
 * @param auth       the login it needs
 * @param idempotent whether re-sending it is harmless (reads, including read-only POSTs)
 * @param envelope   the answer envelope
 * @param wbi        whether it is WBI-signed
 * @param appKey     the app key that signs it in app mode instead of the client's, or null
 * @param errors     typed exceptions for this route's own codes (consulted before the common ones)
 */
public record Route(String id, Host host, Method method, String path, Auth auth, boolean idempotent,
                    Envelope envelope, boolean wbi, AppKey appKey,
                    Map<Integer, Function<ApiError, ? extends BiliApiException>> errors) {

    /** HTTP methods used by the spec. */
    public enum Method { /** HTTP GET. */ GET, /** HTTP POST. */ POST }

    /**
     * Rejects nulls.
     * @param id the spec id, e.g. {@code "R1"}
     * @param host the host
     * @param method GET or POST
     * @param path the path, starting with '/'
     * @param auth the login it needs
     * @param idempotent whether re-sending it is harmless (reads, including read-only POSTs)
     * @param envelope the answer envelope
     * @param wbi whether it is WBI-signed
     * @param appKey the app key that signs it in app mode instead of the client's, or null
     * @param errors typed exceptions for this route's own codes (consulted before the common ones)
     */
    public Route {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(envelope, "envelope");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', was " + path);
        }
        errors = Map.copyOf(errors);
    }

    /**
     * A read: idempotent GET on {@code host} with the API envelope.
     * @param id the id
     * @param host the host
     * @param path the path
     * @param auth the auth
     * @return a read: idempotent GET on {@code host} with the API envelope
     */
    public static Route get(String id, Host host, String path, Auth auth) {
        return new Route(id, host, Method.GET, path, auth, true, Envelope.API, false, null, Map.of());
    }

    /**
     * A mutation: non-idempotent POST (form body, csrf added for cookie logins), API envelope.
     * @param id the id
     * @param host the host
     * @param path the path
     * @param auth the auth
     * @return a mutation: non-idempotent POST (form body, csrf added for cookie logins), API envelope
     */
    public static Route post(String id, Host host, String path, Auth auth) {
        return new Route(id, host, Method.POST, path, auth, false, Envelope.API, false, null, Map.of());
    }

    /**
     * This route with another envelope.
     * @param e the e
     * @return this, for chaining
     */
    public Route envelope(Envelope e) {
        return new Route(id, host, method, path, auth, idempotent, e, wbi, appKey, errors);
    }

    /**
     * This route, WBI-signed.
     * @return this, for chaining
     */
    public Route wbiSigned() {
        return new Route(id, host, method, path, auth, idempotent, envelope, true, appKey, errors);
    }

    /**
     * This route, marked idempotent (a read-only POST, retried like a GET).
     * @return this, for chaining
     */
    public Route readOnly() {
        return new Route(id, host, method, path, auth, true, envelope, wbi, appKey, errors);
    }

    /**
     * This route, app-signed with {@code key} instead of the client's app key.
     * @param key the key
     * @return this, for chaining
     */
    public Route signedWith(AppKey key) {
        return new Route(id, host, method, path, auth, idempotent, envelope, wbi, Objects.requireNonNull(key, "key"), errors);
    }

    /**
     * This route, mapping its own {@code code} to {@code factory}.
     * @param code the server's code
     * @param factory the factory
     * @return this, for chaining
     */
    public Route error(int code, Function<ApiError, ? extends BiliApiException> factory) {
        Map<Integer, Function<ApiError, ? extends BiliApiException>> m = new java.util.HashMap<>(errors);
        m.put(code, factory);
        return new Route(id, host, method, path, auth, idempotent, envelope, wbi, appKey, m);
    }

    /**
     * A new request on this route.
     * @return this builder
     */
    public ApiRequest.Builder request() {
        return ApiRequest.builder(this);
    }

    /**
     * {@code "R1 GET /x/relation/followers"}: how errors and logs name this route.
     * @return the route's name, as {@code "R1 GET /x/relation/followers"}
     */
    public String describe() {
        return id + " " + method + " " + path;
    }

    @Override
    public String toString() {
        return "Route[" + describe() + " " + host + " " + auth + (idempotent ? " idempotent" : " mutation") + (wbi ? " wbi" : "") + "]";
    }
}
