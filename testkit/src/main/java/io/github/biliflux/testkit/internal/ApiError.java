package io.github.biliflux.testkit.internal;

/**
 * A documented error answer ({@code code != 0}); handlers throw it before they change anything, so an
 * error never leaves a half-applied mutation behind.
 */
public final class ApiError extends RuntimeException {

    private final int code;

    /** An error with the envelope code and message. */
    public ApiError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The envelope code. */
    public int code() {
        return code;
    }

    /** -400 请求错误. */
    public static ApiError badRequest() {
        return new ApiError(-400, "请求错误");
    }

    /** -101 账号未登录. */
    public static ApiError notLoggedIn() {
        return new ApiError(-101, "账号未登录");
    }
}
