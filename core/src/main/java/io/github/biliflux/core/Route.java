package io.github.biliflux.core;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One endpoint of the spec, declared once in a module's routes table: its id (R1, A9 ...), host,
 * method, path, auth, whether it is idempotent, its envelope, whether it is WBI-signed, and the
 * typed exceptions of its own error codes, and for a list its paging policy ({@link Paging}).
 * {@link #request()} starts an {@link ApiRequest}.
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
 * @param paging     how the list of this route is paged, or null when it is not a paged list
 */
public record Route(String id, Host host, Method method, String path, Auth auth, boolean idempotent,
                    Envelope envelope, boolean wbi, AppKey appKey,
                    Map<Integer, Function<ApiError, ? extends BiliApiException>> errors, Paging paging) {

    /** HTTP methods used by the spec. */
    public enum Method { /** HTTP GET. */ GET, /** HTTP POST. */ POST }

    /**
     * The paging policy of a list route, declared with it: the names of its page-number and
     * page-size query parameters, the page size asked for by default and the largest the route
     * accepts. A {@link PagedFlux} of the route checks a page size against it before any request.
     *
     * @param pageParam     the page-number parameter, e.g. {@code "pn"}
     * @param sizeParam     the page-size parameter, e.g. {@code "ps"}
     * @param defaultSize   the page size asked for unless another is chosen
     * @param maxSize       the largest page size the route accepts
     * @param firstPageOnly whether the route serves page 1 only (C1: {@code pn} must be 1), so that
     *                      more entries are had by asking page 1 again with a larger size
     */
    public record Paging(String pageParam, String sizeParam, int defaultSize, int maxSize, boolean firstPageOnly) {

        /**
         * Checks the names, and that {@code defaultSize} is in 1..{@code maxSize}.
         *
         * @param pageParam     the page-number parameter, e.g. {@code "pn"}
         * @param sizeParam     the page-size parameter, e.g. {@code "ps"}
         * @param defaultSize   the page size asked for unless another is chosen, 1..{@code maxSize}
         * @param maxSize       the largest page size the route accepts, at least 1
         * @param firstPageOnly whether the route serves page 1 only
         * @throws IllegalArgumentException naming the parameter that is blank or out of range
         */
        public Paging {
            Check.notBlank("pageParam", pageParam);
            Check.notBlank("sizeParam", sizeParam);
            Check.range("maxSize", maxSize, 1, Integer.MAX_VALUE);
            Check.range("defaultSize", defaultSize, 1, maxSize);
        }

        /**
         * {@code size}, if this route accepts it.
         *
         * @param size a page size
         * @return {@code size}
         * @throws IllegalArgumentException naming {@code pageSize} and the range 1..{@link #maxSize()}
         */
        public int checkSize(int size) {
            return Check.range("pageSize", size, 1, maxSize);
        }

        /**
         * {@code request} asking for page {@code page} of {@code size} entries (page 1 whatever
         * {@code page} is, on a first-page-only route).
         *
         * @param request the request being built
         * @param page    the page number, from 1
         * @param size    the page size
         * @return {@code request}
         */
        public ApiRequest.Builder apply(ApiRequest.Builder request, int page, int size) {
            return request.query(sizeParam, size).query(pageParam, firstPageOnly ? 1 : page);
        }
    }

    /**
     * A route that is not a paged list; the constructor of the routes declared before paging was part
     * of a route.
     *
     * @param id         the spec id
     * @param host       the host
     * @param method     GET or POST
     * @param path       the path
     * @param auth       the login it needs
     * @param idempotent whether re-sending it is harmless
     * @param envelope   the answer envelope
     * @param wbi        whether it is WBI-signed
     * @param appKey     the app key that signs it in app mode, or null
     * @param errors     typed exceptions for this route's own codes
     * @deprecated declare routes with {@link #get} or {@link #post} and the withers; paging is a component now
     */
    @Deprecated
    public Route(String id, Host host, Method method, String path, Auth auth, boolean idempotent,
                 Envelope envelope, boolean wbi, AppKey appKey,
                 Map<Integer, Function<ApiError, ? extends BiliApiException>> errors) {
        this(id, host, method, path, auth, idempotent, envelope, wbi, appKey, errors, null);
    }

    /**
     * Rejects nulls (but for {@code appKey} and {@code paging}) and a path that does not start with '/'.
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
     * @param paging     the paging policy of a list route, or null for a route that is not a paged list
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
        return new Route(id, host, Method.GET, path, auth, true, Envelope.API, false, null, Map.of(), null);
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
        return new Route(id, host, Method.POST, path, auth, false, Envelope.API, false, null, Map.of(), null);
    }

    /**
     * This route with another envelope.
     * @param e the e
     * @return this, for chaining
     */
    public Route envelope(Envelope e) {
        return new Route(id, host, method, path, auth, idempotent, e, wbi, appKey, errors, paging);
    }

    /**
     * This route, WBI-signed.
     * @return this, for chaining
     */
    public Route wbiSigned() {
        return new Route(id, host, method, path, auth, idempotent, envelope, true, appKey, errors, paging);
    }

    /**
     * This route, marked idempotent (a read-only POST, retried like a GET).
     * @return this, for chaining
     */
    public Route readOnly() {
        return new Route(id, host, method, path, auth, true, envelope, wbi, appKey, errors, paging);
    }

    /**
     * This route, app-signed with {@code key} instead of the client's app key.
     * @param key the key
     * @return this, for chaining
     */
    public Route signedWith(AppKey key) {
        return new Route(id, host, method, path, auth, idempotent, envelope, wbi, Objects.requireNonNull(key, "key"), errors, paging);
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
        return new Route(id, host, method, path, auth, idempotent, envelope, wbi, appKey, m, paging);
    }

    /**
     * This route, a list paged with {@code pageParam} and {@code sizeParam}, {@code defaultSize} entries
     * per page unless another size is chosen, at most {@code maxSize}.
     *
     * @param pageParam   the page-number parameter, e.g. {@code "pn"}
     * @param sizeParam   the page-size parameter, e.g. {@code "ps"}
     * @param defaultSize the page size asked for by default
     * @param maxSize     the largest page size the route accepts
     * @return the paged route
     */
    public Route paged(String pageParam, String sizeParam, int defaultSize, int maxSize) {
        return new Route(id, host, method, path, auth, idempotent, envelope, wbi, appKey, errors,
                new Paging(pageParam, sizeParam, defaultSize, maxSize, false));
    }

    /**
     * This paged route, serving page 1 only (C1's "pn must be 1"): every request asks page 1, and a
     * longer list is had by asking again with a larger page size.
     *
     * @return the route
     * @throws IllegalStateException if the route is not {@linkplain #paged paged}
     */
    public Route firstPageOnly() {
        if (paging == null) {
            throw new IllegalStateException(id + " is not paged: declare paged(...) first");
        }
        return new Route(id, host, method, path, auth, idempotent, envelope, wbi, appKey, errors,
                new Paging(paging.pageParam(), paging.sizeParam(), paging.defaultSize(), paging.maxSize(), true));
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
