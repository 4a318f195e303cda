package io.github.biliflux.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A decoded payload together with the cookies its answer set (login and refresh answers carry the
 * new SESSDATA, bili_jct ... in Set-Cookie headers). Cookie values are secret: {@link #toString()}
 * names them only.
 *
 * @param data    the payload, or null when there was none
 * @param cookies cookie name to value, in the order the answer set them
 * @param <T>     the payload type
 */
public record WithCookies<T>(T data, Map<String, String> cookies) {

    /**
     * Copies the cookies.
     *
     * @param data    the payload, or null
     * @param cookies cookie name to value
     */
    public WithCookies {
        cookies = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(cookies, "cookies")));
    }

    /**
     * The name and value of each {@code Set-Cookie} header (attributes such as Path and Expires dropped).
     *
     * @param setCookieHeaders the header values
     * @return name to value, the last one winning
     */
    public static Map<String, String> parse(List<String> setCookieHeaders) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String h : setCookieHeaders) {
            String first = h.split(";", 2)[0];
            int eq = first.indexOf('=');
            if (eq > 0) {
                String value = first.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                out.put(first.substring(0, eq).strip(), value);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "WithCookies[data=" + (data == null ? "none" : data.getClass().getSimpleName()) + ", cookies=" + cookies.keySet() + "]";
    }
}
