/**
 * Internals of the manga module: the wire shape of a coupon page and the decoder of the service's
 * two time forms. Not part of the API; free to change.
 */
package io.github.biliflux.manga.internal;
