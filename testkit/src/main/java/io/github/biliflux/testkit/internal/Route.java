package io.github.biliflux.testkit.internal;

/**
 * One endpoint of the spec: id (R1 ... C1), method, path, how the caller authenticates, whether the
 * form must carry the csrf token (cookie callers), whether the WBI signature is checked, the envelope,
 * the code answered to anonymous callers, and the handler.
 */
public record Route(String specId, String method, String path, Auth auth, boolean csrf, boolean wbi,
                    Envelope envelope, int unauthCode, String unauthMessage, Handler handler) {

    /** The route with another code for anonymous callers (C1 answers -401). */
    public Route unauthenticated(int code, String message) {
        return new Route(specId, method, path, auth, csrf, wbi, envelope, code, message, handler);
    }

    /** The route with the WBI check. */
    public Route wbiSigned() {
        return new Route(specId, method, path, auth, csrf, true, envelope, unauthCode, unauthMessage, handler);
    }

    static Route get(String id, String path, Auth auth, Envelope env, Handler h) {
        return new Route(id, "GET", path, auth, false, false, env, -101, "账号未登录", h);
    }

    /** A POST that is read-only (manga twirp calls). */
    static Route read(String id, String path, Auth auth, Envelope env, Handler h) {
        return new Route(id, "POST", path, auth, false, false, env, -101, "账号未登录", h);
    }

    /** A POST mutation: cookie callers must send csrf. */
    static Route mutation(String id, String path, Auth auth, Handler h) {
        return new Route(id, "POST", path, auth, true, false, Envelope.API, -101, "账号未登录", h);
    }
}
