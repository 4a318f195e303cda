package io.github.biliflux.testkit.internal;

/** How a route authenticates its caller (the spec table's auth column). */
public enum Auth {
    /** No login needed; a cookie, when valid, identifies the caller (nav). */
    NONE,
    /** C: the SESSDATA cookie only. */
    COOKIE,
    /** C+D: SESSDATA and a present, non-zero DedeUserID cookie (A3). */
    COOKIE_DEDE,
    /** C/A: SESSDATA, or access_key with a valid APP sign. */
    COOKIE_OR_APP,
    /** C+D or A (A5). */
    COOKIE_DEDE_OR_APP,
    /** C/A where the APP params are in the query and the appkey must be the manga one (M1, M2). */
    COOKIE_OR_MANGA_APP
}
