package io.github.biliflux.core;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a {@link Session} persists its {@link SessionState}, so that a restarted program (or one that
 * crashed between a refresh and its confirmation) carries on with the right cookies. Implementations
 * are thread-safe; {@link #save} replaces the whole state at once. Calls may block (file I/O): a
 * session makes them off the Reactor threads.
 */
public interface CredentialStore {

    /**
     * The stored state.
     *
     * @return the state, or empty when nothing was saved
     */
    Optional<SessionState> load();

    /**
     * Replaces the stored state.
     *
     * @param state the new state
     */
    void save(SessionState state);

    /**
     * A store in memory (lost with the process).
     *
     * @return a new, empty store
     */
    static CredentialStore inMemory() {
        AtomicReference<SessionState> ref = new AtomicReference<>();
        return new CredentialStore() {
            @Override
            public Optional<SessionState> load() {
                return Optional.ofNullable(ref.get());
            }

            @Override
            public void save(SessionState state) {
                ref.set(java.util.Objects.requireNonNull(state, "state"));
            }

            @Override
            public String toString() {
                return "CredentialStore.inMemory()";
            }
        };
    }

    /**
     * A JSON file readable and writable by its owner only, replaced atomically on every save.
     *
     * @param file the file
     * @return the store
     */
    static CredentialStore file(Path file) {
        return new FileCredentialStore(file);
    }
}
