package io.github.biliflux.core;

import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Where a {@link BiliClient} takes its credentials from, read anew for every attempt: fixed
 * {@link Credentials}, or a {@link Session} that a refresh or a login updates while the client runs.
 */
public interface CredentialSource {

    /**
     * The credentials to send now.
     *
     * @return the current credentials, never null
     */
    Credentials current();

    /**
     * Completes when {@link #current()} may be used: a session refreshes here, once for all
     * concurrent callers, when it is due. Calls made by the refresh itself pass straight through.
     *
     * @return a Mono that completes when the credentials are ready (empty by default)
     */
    default Mono<Void> ready() {
        return Mono.empty();
    }

    /**
     * A source that always gives {@code credentials}.
     *
     * @param credentials the credentials
     * @return the source
     */
    static CredentialSource of(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new CredentialSource() {
            @Override
            public Credentials current() {
                return credentials;
            }

            @Override
            public String toString() {
                return credentials.toString();
            }
        };
    }
}
