package io.github.biliflux.core;

/** The envelope said success but its data did not have the documented shape. Not retried. */
public class DecodingException extends BiliException {

    /** {@code route}'s data could not be decoded. */
    public DecodingException(String route, String what, Throwable cause) {
        super(route, "cannot decode the data of " + route + ": " + what, cause);
    }
}
