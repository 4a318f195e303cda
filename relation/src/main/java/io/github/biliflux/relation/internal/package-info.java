/**
 * Internals of the relation module, not part of the API and free to change: the records the
 * answers of R1-R21 are decoded into as the wire shapes them (epoch seconds and milliseconds,
 * {@code tag} as null or an array, 0/1 flags), and their conversion to the public records.
 */
package io.github.biliflux.relation.internal;
