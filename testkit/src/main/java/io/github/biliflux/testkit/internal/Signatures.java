package io.github.biliflux.testkit.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The emulator's own implementation of the APP MD5 sign and the WBI {@code w_rid} (PROTOCOL.md),
 * written independently of the client so that a bug cannot hide in both.
 */
public final class Signatures {

    /** appkey -> appsec pairs of PROTOCOL.md. */
    public static final Map<String, String> APP_SECRETS = Map.of(
            "1d8b6e7d45233436", "560c52ccd288fed045859ed18bffd973",
            "783bbb7264451d82", "2653583c8873dea268ab9386918b1d65",
            "4409e2ce8ffd12b8", "59b43e04ad6965f34319062b478f83dd",
            "27eb53fc9058f8c3", "c2ed53a74eeefe3cf99fbd01d8c9c375",
            "cc8617fd6961e070", "3131924b941aac971e45189f265262be");

    /** The Android manga appkey, the only one M1/M2 accept. */
    public static final String MANGA_APPKEY = "cc8617fd6961e070";

    private static final int[] MIXIN_TABLE = {
        46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49, 33, 9, 42, 19, 29, 28, 14, 39,
        12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40, 61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25, 54, 21, 56, 59, 6, 63,
        57, 62, 11, 36, 20, 34, 44, 52};

    private Signatures() {
    }

    /** Lowercase hex MD5 of the UTF-8 bytes of {@code s}. */
    public static String md5Hex(String s) {
        byte[] digest = Md5.copy().digest(s.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(32);
        for (byte b : digest) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    /**
     * An unused MD5 digest, copied for each use: a copy costs a fraction of a provider lookup, and a
     * world makes one per user card (the face URL) and per token.
     */
    private static final class Md5 {
        private static final MessageDigest PROTOTYPE;

        static {
            try {
                PROTOTYPE = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static MessageDigest copy() {
            try {
                return (MessageDigest) PROTOTYPE.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** application/x-www-form-urlencoded encoding as Java does it (space '+', '*' kept, '~' -> %7E). */
    public static String formEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Go's url.QueryEscape (what the real server most likely re-encodes with): '*' -> %2A, '~' kept. */
    static String goQueryEscape(String s) {
        return formEncode(s).replace("*", "%2A").replace("%7E", "~");
    }

    /** JavaScript encodeURIComponent for the characters left after WBI filtering (space as %20). */
    public static String uriComponent(String s) {
        return formEncode(s).replace("+", "%20").replace("%7E", "~").replace("*", "%2A");
    }

    /** The APP sign of {@code params} (every param except {@code sign}), Java form encoding. */
    public static String appSign(Map<String, String> params, String appSec) {
        return md5Hex(appQuery(params, false) + appSec);
    }

    /**
     * Whether {@code params.sign} is the APP sign of the other params. Both the Java and the Go form
     * encodings are accepted: they differ only on '*' and '~'.
     */
    public static boolean verifyAppSign(Map<String, String> params, String appSec) {
        String sign = params.get("sign");
        if (sign == null) {
            return false;
        }
        return sign.equals(md5Hex(appQuery(params, false) + appSec))
                || sign.equals(md5Hex(appQuery(params, true) + appSec));
    }

    private static String appQuery(Map<String, String> params, boolean go) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            // On a WBI route an app client signs first and adds wts/w_rid after: they are not signed.
            if (e.getKey().equals("sign") || e.getKey().equals("w_rid") || e.getKey().equals("wts")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            String k = go ? goQueryEscape(e.getKey()) : formEncode(e.getKey());
            String v = go ? goQueryEscape(e.getValue()) : formEncode(e.getValue());
            sb.append(k).append('=').append(v);
        }
        return sb.toString();
    }

    /** The WBI mixin key: the first 32 characters of (img + sub) permuted by the table. */
    public static String mixinKey(String imgKey, String subKey) {
        String raw = imgKey + subKey;
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(raw.charAt(MIXIN_TABLE[i]));
        }
        return sb.toString();
    }

    /** The WBI query string of {@code params} (every param except {@code w_rid}). */
    public static String wbiQuery(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (e.getKey().equals("w_rid")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            String value = e.getValue().replaceAll("[!'()*]", "");
            sb.append(uriComponent(e.getKey())).append('=').append(uriComponent(value));
        }
        return sb.toString();
    }

    /** {@code w_rid} of {@code params} (which must include {@code wts}) under the given mixin key. */
    public static String wRid(Map<String, String> params, String mixinKey) {
        return md5Hex(wbiQuery(params) + mixinKey);
    }
}
