package io.github.biliflux.core;

/** The envelope said success but its data did not have the documented shape. Not retried. */
public class DecodingException extends BiliException {

    /**
     * {@code route}'s data could not be decoded.
     * @param route the route, as "METHOD path" (never a URL with secrets)
     * @param what the what
     * @param cause the cause, or null
     */
    public DecodingException(String route, String what, Throwable cause) {
        super(route, "cannot decode the data of " + route + ": " + what, cause);
    }
}
