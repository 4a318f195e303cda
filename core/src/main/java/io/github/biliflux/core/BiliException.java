package io.github.biliflux.core;

/**
 * The root of every failure biliflux reports, besides {@link IllegalArgumentException} for bad
 * arguments. Messages name the route (id, method and path), never a query value or a secret.
 */
public class BiliException extends RuntimeException {

    private final String route;

    /** A failure of {@code route} with a message and an optional cause. */
    public BiliException(String route, String message, Throwable cause) {
        super(message, cause);
        this.route = route;
    }

    /** The route that failed, as {@code "R1 GET /x/relation/followers"}; never a query or a secret. */
    public String route() {
        return route;
    }
}
