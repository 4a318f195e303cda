package io.github.biliflux.core;

/**
 * The service answered with a non-zero {@code code}. Subtypes exist for what callers branch on;
 * {@link #code()} is always the code the service sent.
 */
public class BiliApiException extends BiliException {

    /** The error the service answered. */
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
     * @param meaning what the code means, for the exception message
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
     * @return the envelope code, e.g. -101 or 22007
     */
    public int code() {
        return error.code();
    }

    /**
     * The message the service sent, as it sent it.
     * @return the message the service sent, as it sent it
     */
    public String serverMessage() {
        return error.message();
    }

    /**
     * The HTTP status of the answer (200 for most envelope errors).
     * @return the HTTP status of the answer (200 for most envelope errors)
     */
    public int httpStatus() {
        return error.httpStatus();
    }

    /**
     * The whole error.
     * @return the whole error
     */
    public ApiError error() {
        return error;
    }
}
