package io.github.biliflux.core;

/** -500, -503, -504, -8888 or an HTTP 5xx: the service failed or is overloaded. Idempotent requests are retried with backoff before this surfaces. */
public class ServerErrorException extends BiliApiException {

    /**
     * An exception for {@code error}.
     * @param error the decoded error envelope
     */
    public ServerErrorException(ApiError error) {
        super(error, "server error");
    }

    /**
     * For subclasses that give the code a route-specific meaning.
     * @param error the decoded error envelope
     * @param meaning what the code means, for the exception message
     */
    protected ServerErrorException(ApiError error, String meaning) {
        super(error, meaning);
    }
}
