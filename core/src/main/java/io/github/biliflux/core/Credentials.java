package io.github.biliflux.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the client acts as: a web login (cookies), an app login (access key and app key), or
 * nobody. Secret values never appear in {@code toString()}.
 */
public sealed interface Credentials permits Credentials.Anonymous, Credentials.Cookie, Credentials.App {

    /**
     * No login; only public endpoints work.
     * @return the anonymous credentials
     */
    static Credentials none() {
        return Anonymous.INSTANCE;
    }

    /**
     * A web login: SESSDATA, bili_jct (the csrf token) and DedeUserID (the logged-in mid).
     * @param sessdata the SESSDATA cookie value (secret)
     * @param biliJct the bili_jct cookie value (the csrf token, secret)
     * @param dedeUserId the DedeUserID (the logged-in user's mid)
     * @return a web login: SESSDATA, bili_jct (the csrf token) and DedeUserID (the logged-in mid)
     */
    static Cookie cookie(String sessdata, String biliJct, long dedeUserId) {
        return new Cookie(sessdata, biliJct, dedeUserId, null, null);
    }

    /**
     * A web login whose mid is unknown; endpoints that need DedeUserID (A3, A5) refuse it.
     * @param sessdata the SESSDATA cookie value (secret)
     * @param biliJct the bili_jct cookie value (the csrf token, secret)
     * @return a web login whose mid is unknown; endpoints that need DedeUserID (A3, A5) refuse it
     */
    static Cookie cookie(String sessdata, String biliJct) {
        return new Cookie(sessdata, biliJct, 0, null, null);
    }

    /**
     * Parses a raw {@code Cookie} header as copied from a browser ({@code SESSDATA=...; bili_jct=...;
     * DedeUserID=...; buvid3=...}). SESSDATA and bili_jct are required; every other cookie
     * ({@code ac_time_value}, {@code bili_ticket}, {@code b_nut}, {@code sid} ...) is kept and sent
     * back, only to the configured hosts.
     *
     * @throws IllegalArgumentException naming the missing or malformed cookie (never its value)
     * @param header the raw Cookie header
     * @return the web login of a raw {@code Cookie} header as copied from a browser ({@code SESSDATA=...; bili_jct=...; DedeUserID=...; buvid3=...})
     */
    static Cookie parseCookieHeader(String header) {
        Objects.requireNonNull(header, "header");
        String h = header.strip();
        if (h.regionMatches(true, 0, "Cookie:", 0, 7)) {
            h = h.substring(7);
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String part : h.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            cookies.put(name, value);
        }
        String sessdata = cookies.get("SESSDATA");
        String jct = cookies.get("bili_jct");
        if (sessdata == null || sessdata.isEmpty()) {
            throw new IllegalArgumentException("header must contain a non-empty SESSDATA cookie");
        }
        if (jct == null || jct.isEmpty()) {
            throw new IllegalArgumentException("header must contain a non-empty bili_jct cookie");
        }
        Check.cookieValue("the SESSDATA cookie", sessdata);
        Check.cookieValue("the bili_jct cookie", jct);
        for (String other : new String[] {"buvid3", "buvid4"}) {
            if (cookies.get(other) != null) {
                Check.cookieValue("the " + other + " cookie", cookies.get(other));
            }
        }
        long mid = 0;
        String dede = cookies.get("DedeUserID");
        if (dede != null && !dede.isEmpty()) {
            try {
                mid = Long.parseLong(dede);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DedeUserID cookie must be a number (a mid >= 0)");
            }
            if (mid < 0) {
                throw new IllegalArgumentException("DedeUserID cookie must be a number (a mid >= 0)");
            }
        }
        String buvid3 = cookies.get("buvid3");
        String buvid4 = cookies.get("buvid4");
        for (String known : Cookie.OWN) {
            cookies.remove(known);
        }
        return new Cookie(sessdata, jct, mid, buvid3, buvid4, cookies);
    }

    /**
     * An app login: the access key of an app session, signed with {@code appKey}.
     * @param accessKey the access_key (secret)
     * @param appKey the app key
     * @return an app login: the access key of an app session, signed with {@code appKey}
     */
    static App app(String accessKey, AppKey appKey) {
        return new App(accessKey, appKey);
    }

    /**
     * Whether this is a web (cookie) login.
     * @return whether this is a web (cookie) login
     */
    default boolean isCookie() {
        return this instanceof Cookie;
    }

    /**
     * Whether this is an app login.
     * @return whether this is an app login
     */
    default boolean isApp() {
        return this instanceof App;
    }

    /** No credentials. */
    final class Anonymous implements Credentials {
        static final Anonymous INSTANCE = new Anonymous();

        private Anonymous() {
        }

        @Override
        public String toString() {
            return "Credentials.none()";
        }
    }

    /** Web login cookies. */
    final class Cookie implements Credentials {
        private final String sessdata;
        private final String biliJct;
        private final long dedeUserId;
        private final String buvid3;
        private final String buvid4;
        private final Map<String, String> others;
        /** {@link #header()}, made on first use (the values never change; a race makes it twice, the same). */
        private String header;

        /** The cookies this class holds in fields; every other one is in {@link #others()}. */
        static final java.util.List<String> OWN = java.util.List.of("SESSDATA", "bili_jct", "DedeUserID", "buvid3", "buvid4");

        Cookie(String sessdata, String biliJct, long dedeUserId, String buvid3, String buvid4) {
            this(sessdata, biliJct, dedeUserId, buvid3, buvid4, Map.of());
        }

        Cookie(String sessdata, String biliJct, long dedeUserId, String buvid3, String buvid4, Map<String, String> others) {
            if (Objects.requireNonNull(sessdata, "sessdata").isBlank()) {
                throw new IllegalArgumentException("sessdata must not be blank");
            }
            if (Objects.requireNonNull(biliJct, "biliJct").isBlank()) {
                throw new IllegalArgumentException("biliJct must not be blank");
            }
            if (dedeUserId < 0) {
                throw new IllegalArgumentException("dedeUserId must be >= 0 (0 = unknown), was " + dedeUserId);
            }
            Check.cookieValue("sessdata", sessdata);
            Check.cookieValue("biliJct", biliJct);
            if (buvid3 != null) {
                Check.cookieValue("buvid3", buvid3);
            }
            if (buvid4 != null) {
                Check.cookieValue("buvid4", buvid4);
            }
            this.sessdata = sessdata;
            this.biliJct = biliJct;
            this.dedeUserId = dedeUserId;
            this.buvid3 = buvid3;
            this.buvid4 = buvid4;
            Map<String, String> o = new LinkedHashMap<>();
            Objects.requireNonNull(others, "others").forEach((k, v) -> {
                if (k.isBlank() || OWN.contains(k) || (k + v).chars().anyMatch(c -> c == ';' || c == '\r' || c == '\n')) {
                    throw new IllegalArgumentException("cookie names must be non-blank, not SESSDATA/bili_jct/DedeUserID/buvid3/buvid4, and no cookie may contain ';' or line breaks");
                }
                o.put(k, v);
            });
            this.others = java.util.Collections.unmodifiableMap(o);
        }

        /**
         * Every cookie besides SESSDATA, bili_jct, DedeUserID, buvid3 and buvid4, in order. Values may be secret.
         * @return the other cookies by name, unmodifiable (empty when none)
         */
        public Map<String, String> others() {
            return others;
        }

        /**
         * The value of the cookie {@code name}, whichever it is.
         * @param name the cookie's name, as sent ({@code SESSDATA}, {@code bili_jct}, {@code DedeUserID}, {@code sid} ...)
         * @return the cookie's value (may be secret), or empty when this login has no such cookie (DedeUserID when the mid is unknown)
         */
        public Optional<String> cookie(String name) {
            return Optional.ofNullable(switch (Objects.requireNonNull(name, "name")) {
                case "SESSDATA" -> sessdata;
                case "bili_jct" -> biliJct;
                case "DedeUserID" -> dedeUserId > 0 ? Long.toString(dedeUserId) : null;
                case "buvid3" -> buvid3;
                case "buvid4" -> buvid4;
                default -> others.get(name);
            });
        }

        /**
         * This login updated with {@code cookies} (as a Set-Cookie answer gives them): named ones replace
         * the old values, the others are kept.
         * @param cookies the cookies to set, by name; they may include SESSDATA, bili_jct and DedeUserID
         * @return a new login with {@code cookies} applied; this one is unchanged
         * @throws IllegalArgumentException naming the malformed cookie (never its value)
         */
        public Cookie with(Map<String, String> cookies) {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("SESSDATA", sessdata);
            all.put("bili_jct", biliJct);
            if (dedeUserId > 0) {
                all.put("DedeUserID", Long.toString(dedeUserId));
            }
            if (buvid3 != null) {
                all.put("buvid3", buvid3);
            }
            if (buvid4 != null) {
                all.put("buvid4", buvid4);
            }
            all.putAll(others);
            all.putAll(Objects.requireNonNull(cookies, "cookies"));
            StringBuilder sb = new StringBuilder();
            all.forEach((k, v) -> sb.append(k).append('=').append(v).append("; "));
            return parseCookieHeader(sb.toString());
        }

        /**
         * The same login with the web device id {@code buvid3}, which lowers the risk-control rate.
         * @param buvid3 the buvid3
         * @return the same login with the web device id {@code buvid3}, which lowers the risk-control rate
         */
        public Cookie withBuvid3(String buvid3) {
            return new Cookie(sessdata, biliJct, dedeUserId, Objects.requireNonNull(buvid3, "buvid3"), buvid4, others);
        }

        /**
         * The login token. Secret.
         * @return the login token
         */
        public String sessdata() {
            return sessdata;
        }

        /**
         * The csrf token, sent as the {@code csrf} form field of mutations. Secret.
         * @return the csrf token, sent as the {@code csrf} form field of mutations
         */
        public String biliJct() {
            return biliJct;
        }

        /**
         * The logged-in mid, or 0 when unknown.
         * @return the logged-in mid, or 0 when unknown
         */
        public long dedeUserId() {
            return dedeUserId;
        }

        /**
         * The web device id, if known.
         * @return the web device id, if known
         */
        public Optional<String> buvid3() {
            return Optional.ofNullable(buvid3);
        }

        /**
         * The second web device id, if known.
         * @return the second web device id, if known
         */
        public Optional<String> buvid4() {
            return Optional.ofNullable(buvid4);
        }

        /**
         * The value of the {@code Cookie} request header. Secret: never log it.
         * @return the value of the {@code Cookie} request header
         */
        public String header() {
            String h = header;
            if (h == null) {
                h = makeHeader();
                header = h;
            }
            return h;
        }

        private String makeHeader() {
            StringBuilder sb = new StringBuilder("SESSDATA=").append(sessdata).append("; bili_jct=").append(biliJct);
            if (dedeUserId > 0) {
                sb.append("; DedeUserID=").append(dedeUserId);
            }
            if (buvid3 != null) {
                sb.append("; buvid3=").append(buvid3);
            }
            if (buvid4 != null) {
                sb.append("; buvid4=").append(buvid4);
            }
            others.forEach((k, v) -> sb.append("; ").append(k).append('=').append(v));
            return sb.toString();
        }

        @Override
        public String toString() {
            return "Credentials.Cookie[SESSDATA=<redacted>, bili_jct=<redacted>, DedeUserID=" + dedeUserId
                    + (buvid3 != null ? ", buvid3=<set>" : "") + (others.isEmpty() ? "" : ", others=" + others.keySet()) + "]";
        }
    }

    /** An app session. */
    final class App implements Credentials {
        private final String accessKey;
        private final AppKey appKey;

        App(String accessKey, AppKey appKey) {
            if (Objects.requireNonNull(accessKey, "accessKey").isBlank()) {
                throw new IllegalArgumentException("accessKey must not be blank");
            }
            Check.headerValue("accessKey", accessKey);
            this.accessKey = accessKey;
            this.appKey = Objects.requireNonNull(appKey, "appKey");
        }

        /**
         * The app session token, sent as {@code access_key}. Secret.
         * @return the app session token, sent as {@code access_key}
         */
        public String accessKey() {
            return accessKey;
        }

        /**
         * The app key that signs requests.
         * @return the app key that signs requests
         */
        public AppKey appKey() {
            return appKey;
        }

        @Override
        public String toString() {
            return "Credentials.App[access_key=<redacted>, " + appKey + "]";
        }
    }
}
