package io.github.biliflux.examples.login;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.SessionState;
import io.github.biliflux.passport.PassportClient;
import io.github.biliflux.passport.QrLoginState;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code biliflux login [--tv] [--session FILE]}: shows a QR code in the terminal, waits for the phone
 * to scan and confirm it, and saves the session (cookies and refresh token) to the session file,
 * readable by its owner only. {@code --tv} logs in as the TV app and saves the web cookies that login
 * also gives.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Log in by QR code and save the session (0600) for the other commands.")
public final class LoginCommand extends PassportCommand {

    @Option(names = "--tv", description = "log in as the TV app (app credentials) instead of the web")
    boolean tv;

    /**
     * A login command.
     *
     * @param clients   builds the client for given credentials (production or an emulator)
     * @param passports adjusts the passport client (the emulator's correspond key, the poll pace)
     * @param out       where the QR code and the progress go
     */
    public LoginCommand(Function<CredentialSource, BiliClient> clients, UnaryOperator<PassportClient> passports, PrintWriter out) {
        this(clients, passports, out, System.getenv());
    }

    /**
     * A login command whose default session file is the one {@code env} names.
     *
     * @param clients   builds the client for given credentials
     * @param passports adjusts the passport client
     * @param out       where the outcome goes
     * @param env       the environment ({@code XDG_CONFIG_HOME}, {@code HOME})
     */
    public LoginCommand(Function<CredentialSource, BiliClient> clients, UnaryOperator<PassportClient> passports, PrintWriter out,
                        Map<String, String> env) {
        super(clients, passports, out, env);
    }

    @Override
    public Integer call() {
        try (BiliClient bili = clients.apply(CredentialSource.of(Credentials.none()))) {
            PassportClient passport = passports.apply(PassportClient.of(bili));
            QrLoginState end = (tv ? passport.tvQrLogin() : passport.qrLogin())
                    .doOnNext(this::show)
                    .blockLast(PassportClient.QR_LIFETIME.plus(Duration.ofMinutes(1)));
            if (end instanceof QrLoginState.LoggedIn in) {
                session.store().save(SessionState.of(in.credentials(), in.refreshToken()));
                out.println("Logged in as " + in.credentials().dedeUserId() + "; session saved to " + session.path());
                return 0;
            }
            if (end instanceof QrLoginState.AppLoggedIn app) {
                out.println("Logged in (TV) as " + app.mid() + "; the access token expires at " + app.expiresAt());
                if (app.webCookies().isPresent()) {
                    // The TV refresh token is an app token, not the web one: the saved cookies cannot be refreshed.
                    session.store().save(SessionState.of(app.webCookies().get(), ""));
                    out.println("Web cookies saved to " + session.path());
                }
                return 0;
            }
            out.println("The QR code expired; run the command again.");
            return 1;
        } finally {
            out.flush();
        }
    }

    private void show(QrLoginState s) {
        if (s instanceof QrLoginState.QrCode q) {
            out.println("Scan this with the Bilibili app:");
            out.print(TerminalQr.render(q.url()));
            out.println(q.url());
        } else if (s instanceof QrLoginState.Scanned) {
            out.println("Scanned; confirm on the phone.");
        }
        out.flush();
    }
}
