package io.github.biliflux.testkit.internal;

/** A route's behaviour: validates first (throwing {@link ApiError}), then changes the world. */
@FunctionalInterface
public interface Handler {

    /** Answers one call; runs with the world's lock held. */
    Reply handle(Call call);
}
