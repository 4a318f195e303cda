package io.github.biliflux.core;

/**
 * The root of every failure biliflux reports, besides {@link IllegalArgumentException} for bad
 * arguments. Messages name the route (id, method and path), never a query value or a secret.
 */
public class BiliException extends RuntimeException {

    /** The route that failed. */
    private final String route;

    /**
     * A failure of {@code route} with a message and an optional cause.
     * @param route the route, as "METHOD path" (never a URL with secrets)
     * @param message the message
     * @param cause the cause, or null
     */
    public BiliException(String route, String message, Throwable cause) {
        super(message, cause);
        this.route = route;
    }

    /**
     * The route that failed, as {@code "R1 GET /x/relation/followers"}; never a query or a secret.
     * @return the route that failed, as {@code "R1 GET /x/relation/followers"}; never a query or a secret
     */
    public String route() {
        return route;
    }
}
