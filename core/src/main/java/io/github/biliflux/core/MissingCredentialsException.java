package io.github.biliflux.core;

/**
 * The route needs credentials the client does not have (for instance A4 takes cookies only, A3 and
 * A5 need DedeUserID). Raised before anything is sent.
 */
public class MissingCredentialsException extends BiliException {

    /**
     * {@code route} needs {@code need}, the client has {@code have}.
     * @param route the route, as "METHOD path" (never a URL with secrets)
     * @param need the need
     * @param have the have
     */
    public MissingCredentialsException(String route, String need, String have) {
        super(route, route + " needs " + need + "; this client has " + have, null);
    }
}
