/**
 * Sessions (PROTOCOL.md "Sessions"): web and TV QR login as a {@code Flux} of states, the five-step
 * cookie refresh, and {@code PassportClient.keepFresh(session)}, which makes a core
 * {@code Session} check and refresh its cookies by itself, at most once a day.
 */
package io.github.biliflux.passport;
