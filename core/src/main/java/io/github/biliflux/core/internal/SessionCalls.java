package io.github.biliflux.core.internal;

import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Marks the calls a session refresh or a device-id fetch makes, so that the transport does not make
 * them wait for the very refresh they belong to (which would never end).
 */
public final class SessionCalls {

    private static final String KEY = "biliflux.session-call";

    private SessionCalls() {
    }

    /** {@code work} with every request it sends marked as part of a session step. */
    public static <T> Mono<T> inside(Mono<T> work) {
        return work.contextWrite(c -> c.put(KEY, Boolean.TRUE));
    }

    /** {@code step} unless the subscriber is itself part of a session step. */
    public static Mono<Void> unlessInside(Supplier<Mono<Void>> step) {
        return Mono.deferContextual(ctx -> ctx.hasKey(KEY) ? Mono.<Void>empty() : step.get());
    }
}
