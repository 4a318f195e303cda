/**
 * Internals of the emulator, not part of the API: the routes table, authentication (APP MD5 sign,
 * WBI, cookies, csrf), the handlers of each spec group, the compact follow graph and the world's state,
 * read and changed only inside {@code WorldState.locked}, the one lock the handlers and {@code World} share.
 */
package io.github.biliflux.testkit.internal;
