package io.github.biliflux.examples.login;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.core.Session;
import io.github.biliflux.core.SessionState;
import io.github.biliflux.passport.PassportClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;

/**
 * {@code biliflux refresh [--session FILE]}: asks the service whether the saved cookies need a refresh,
 * refreshes them when it says so (or resolves a refresh a crash left unconfirmed) and saves the result.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Check the saved session and refresh its cookies when the service says so.")
public final class RefreshCommand extends PassportCommand {

    /**
     * A refresh command.
     *
     * @param clients   builds the client for given credentials
     * @param passports adjusts the passport client (the emulator's correspond key)
     * @param out       where the outcome goes
     */
    public RefreshCommand(Function<CredentialSource, BiliClient> clients, UnaryOperator<PassportClient> passports, PrintWriter out) {
        this(clients, passports, out, System.getenv());
    }

    /**
     * A refresh command whose default session file is the one {@code env} names.
     *
     * @param clients   builds the client for given credentials
     * @param passports adjusts the passport client
     * @param out       where the outcome goes
     * @param env       the environment ({@code XDG_CONFIG_HOME}, {@code HOME})
     */
    public RefreshCommand(Function<CredentialSource, BiliClient> clients, UnaryOperator<PassportClient> passports, PrintWriter out,
                        Map<String, String> env) {
        super(clients, passports, out, env);
    }

    @Override
    public Integer call() {
        Session s;
        try {
            s = session.open();
        } catch (IllegalStateException e) {
            out.println(e.getMessage());
            out.flush();
            return 2;
        }
        SessionState before = s.state();
        try (BiliClient bili = clients.apply(s)) {
            passports.apply(PassportClient.of(bili)).keepFresh(s);
            s.refreshNow().block(Duration.ofMinutes(2));
            SessionState after = s.state();
            int code;
            if (!after.credentials().sessdata().equals(before.credentials().sessdata())) {
                out.println("Refreshed; the new cookies are saved to " + session.path());
                code = 0;
            } else if (after.checkedAt().isAfter(before.checkedAt()) && after.pending() == null) {
                out.println("The cookies are fresh; nothing to do.");
                code = 0;
            } else {
                out.println("The refresh failed (see the log); the saved cookies are unchanged.");
                code = 1;
            }
            out.flush();
            return code;
        }
    }
}
