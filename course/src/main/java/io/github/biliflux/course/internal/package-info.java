/**
 * Internals of the course module: the wire shape of C1's {@code data}. Not part of the API; free to change.
 */
package io.github.biliflux.course.internal;
