package io.github.biliflux.examples.login;

import io.github.biliflux.core.FileCredentialStore;
import io.github.biliflux.core.Session;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Option;

/**
 * The {@code --session FILE} option every command can mix in (picocli {@code @Mixin}): where the saved
 * web session lives, by default {@code $XDG_CONFIG_HOME/biliflux/session.json} or
 * {@code ~/.config/biliflux/session.json}. The file is written atomically, readable by its owner only.
 */
public final class SessionFile {

    @Option(names = "--session", paramLabel = "FILE",
            description = "the saved session (default: $XDG_CONFIG_HOME/biliflux/session.json or ~/.config/biliflux/session.json)")
    Path file;

    /**
     * The default location for {@code env} and {@code userHome}.
     *
     * @param env      the environment ({@code XDG_CONFIG_HOME} is read)
     * @param userHome the user's home directory
     * @return the path of the session file
     */
    public static Path defaultPath(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".config");
        return config.resolve("biliflux").resolve("session.json");
    }

    /**
     * The file: the option's, else the default one.
     *
     * @return the path
     */
    public Path path() {
        return file != null ? file : defaultPath(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * Sets the file (for callers that build commands by hand).
     *
     * @param file the file
     * @return this
     */
    public SessionFile path(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        return this;
    }

    /**
     * The store of the file.
     *
     * @return the store
     */
    public FileCredentialStore store() {
        return new FileCredentialStore(path());
    }

    /**
     * The saved session, for any command that should act as the logged-in user.
     *
     * @return the session
     * @throws IllegalStateException when nothing was saved: run {@code biliflux login} first
     */
    public Session open() {
        if (store().load().isEmpty()) {
            throw new IllegalStateException("no session in " + path() + ": run 'biliflux login' first");
        }
        return Session.open(store());
    }
}
