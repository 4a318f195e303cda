package io.github.biliflux.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/** The two signatures of PROTOCOL.md: APP (MD5 over the form-encoded query) and WBI. */
public final class Signing {

    private static final int[] MIXIN_TABLE = {
        46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49, 33, 9, 42, 19, 29, 28, 14, 39,
        12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40, 61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25, 54, 21, 56, 59, 6, 63,
        57, 62, 11, 36, 20, 34, 44, 52
    };
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Signing() {
    }

    /** Sorted by key (byte order), form-encoded (space as '+'), joined with '&'. */
    public static String formQuery(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(formEncode(e.getKey())).append('=').append(formEncode(e.getValue()));
        }
        return sb.toString();
    }

    /** The APP {@code sign}: lowercase hex MD5 of the sorted form query + appsec. */
    public static String appSign(Map<String, String> params, String appSec) {
        return md5Hex(formQuery(params) + appSec);
    }

    /** The WBI mixin key of an img key and a sub key. */
    public static String mixinKey(String imgKey, String subKey) {
        String raw = imgKey + subKey;
        StringBuilder sb = new StringBuilder(32);
        for (int i : MIXIN_TABLE) {
            if (i < raw.length()) {
                sb.append(raw.charAt(i));
            }
            if (sb.length() == 32) {
                break;
            }
        }
        return sb.toString();
    }

    /**
     * The WBI query of {@code params} (which must already hold {@code wts}): sorted, the characters
     * {@code !'()*} removed from values, encoded like encodeURIComponent (space as %20).
     */
    public static String wbiQuery(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(uriComponent(e.getKey())).append('=').append(uriComponent(e.getValue().replaceAll("[!'()*]", "")));
        }
        return sb.toString();
    }

    /** The WBI {@code w_rid} of a WBI query and a mixin key. */
    public static String wRid(String wbiQuery, String mixinKey) {
        return md5Hex(wbiQuery + mixinKey);
    }

    /** application/x-www-form-urlencoded: uppercase %XX, space as '+'. */
    public static String formEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** JavaScript encodeURIComponent: uppercase %XX, space as %20, keeps {@code A-Za-z0-9-_.!~*'()}. */
    public static String uriComponent(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("%21", "!").replace("%27", "'")
                .replace("%28", "(").replace("%29", ")").replace("%7E", "~");
    }

    /** Lowercase hex MD5 of the UTF-8 bytes of {@code s}. */
    public static String md5Hex(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            char[] out = new char[d.length * 2];
            for (int i = 0; i < d.length; i++) {
                out[2 * i] = HEX[(d[i] >> 4) & 0xF];
                out[2 * i + 1] = HEX[d[i] & 0xF];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the Java platform", e);
        }
    }
}
