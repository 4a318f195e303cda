package io.github.biliflux.passport.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON payloads of the passport endpoints (unknown fields ignored). */
public final class Wire {

    private Wire() {
    }

    /** Web QR code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WebQr(String url, @JsonProperty("qrcode_key") String qrcodeKey) {
    }

    /** Web QR poll: the state is {@code code}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WebPoll(int code, String message, String url, @JsonProperty("refresh_token") String refreshToken,
                          long timestamp) {
    }

    /** TV QR code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TvQr(String url, @JsonProperty("auth_code") String authCode) {
    }

    /** One cookie of a TV login. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cookie(String name, String value) {
    }

    /** The cookies of a TV login. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CookieInfo(List<Cookie> cookies) {
    }

    /** TV login done. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TvLogin(long mid, @JsonProperty("access_token") String accessToken,
                          @JsonProperty("refresh_token") String refreshToken, @JsonProperty("expires_in") long expiresIn,
                          @JsonProperty("cookie_info") CookieInfo cookieInfo) {
    }

    /** Refresh step 1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RefreshCheck(boolean refresh, long timestamp) {
    }

    /** Refresh step 4. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refreshed(@JsonProperty("refresh_token") String refreshToken) {
    }
}
