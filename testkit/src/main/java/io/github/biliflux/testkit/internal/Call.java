package io.github.biliflux.testkit.internal;

/**
 * One authenticated invocation of a handler: the request, the caller's mid (0 when anonymous on a
 * route that allows it), whether the APP scheme authenticated it, and the world (lock held).
 */
public record Call(Request req, long mid, boolean viaApp, WorldState world) {
}
