package io.github.biliflux.core;

/**
 * The service answered with a non-zero {@code code}. Subtypes exist for what callers branch on;
 * {@link #code()} is always the code the service sent.
 */
public class BiliApiException extends BiliException {

    /** The error the service answered with. */
    private final ApiError error;

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public BiliApiException(ApiError error) {
        this(error, null);
    }

    /**
     * An exception for {@code error}, described as {@code meaning}.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message, or null
     */
    public BiliApiException(ApiError error, String meaning) {
        super(error.route(), describe(error, meaning), null);
        this.error = error;
    }

    private static String describe(ApiError e, String meaning) {
        StringBuilder sb = new StringBuilder("code ").append(e.code());
        if (meaning != null) {
            sb.append(" (").append(meaning).append(')');
        }
        if (!e.message().isEmpty() && !e.message().equals(String.valueOf(e.code()))) {
            sb.append(": ").append(e.message());
        }
        if (e.httpStatus() != 200) {
            sb.append(" [HTTP ").append(e.httpStatus()).append(']');
        }
        return sb.append(" on ").append(e.route()).toString();
    }

    /**
     * The envelope code, e.g. -101 or 22007.
     * @return the envelope code the service sent (-412 for an HTTP 412 from the gateway)
     */
    public int code() {
        return error.code();
    }

    /**
     * The message the service sent, clipped to 300 characters and with every secret of the
     * client's credentials and every sign, w_rid and csrf value redacted (a server may echo them).
     * @return the redacted server message, empty when the service sent none
     */
    public String serverMessage() {
        return error.message();
    }

    /**
     * The HTTP status of the answer (200 for most envelope errors).
     * @return the HTTP status of the answer
     */
    public int httpStatus() {
        return error.httpStatus();
    }

    /**
     * The whole error.
     * @return the error: code, message, route, HTTP status and voucher
     */
    public ApiError error() {
        return error;
    }
}
