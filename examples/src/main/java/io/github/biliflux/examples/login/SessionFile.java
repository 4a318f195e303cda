package io.github.biliflux.examples.login;

import io.github.biliflux.core.FileCredentialStore;
import io.github.biliflux.core.Session;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    private final Map<String, String> env;

    /** The option, its default read from the process's environment. */
    public SessionFile() {
        this(System.getenv());
    }

    /**
     * The option, its default read from {@code env} ({@code XDG_CONFIG_HOME}, {@code HOME}).
     *
     * @param env the environment
     */
    public SessionFile(Map<String, String> env) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

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
     * The default location that {@code env} alone names: {@code $XDG_CONFIG_HOME/biliflux/session.json}
     * when it is an absolute path, else {@code $HOME/.config/biliflux/session.json}, else none.
     *
     * @param env the environment
     * @return the path, or empty when {@code env} has neither variable
     */
    public static Optional<Path> defaultPath(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        String home = env.get("HOME");
        if ((xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()) && (home == null || home.isBlank())) {
            return Optional.empty();
        }
        return Optional.of(defaultPath(env, home == null ? "" : home));
    }

    /**
     * The file given with {@code --session}.
     *
     * @return the path, or null when the option was not given
     */
    public Path explicit() {
        return file;
    }

    /**
     * The file: the option's, else the default one.
     *
     * @return the path
     */
    public Path path() {
        if (file != null) {
            return file;
        }
        return defaultPath(env).orElseGet(() -> defaultPath(env, System.getProperty("user.home")));
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
