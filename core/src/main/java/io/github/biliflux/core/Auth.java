package io.github.biliflux.core;

/** What login a route needs (the spec's auth column). Checked before anything is sent. */
public enum Auth {
    /** Public; cookies are sent when the client has them. */
    NONE,
    /** C: cookies only (SESSDATA). */
    COOKIE,
    /** C+D: cookies with a non-zero DedeUserID. */
    COOKIE_WITH_MID,
    /** A: app login only. */
    APP,
    /** C/A: either login. */
    COOKIE_OR_APP,
    /** C+D or A: cookies with DedeUserID, or an app login. */
    COOKIE_WITH_MID_OR_APP
}
