package io.github.biliflux.examples.login;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.passport.PassportClient;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Mixin;

/**
 * What {@link LoginCommand} and {@link RefreshCommand} share: the session file ({@code --session}),
 * how a client and its passport client are built, and where the outcome goes.
 */
abstract class PassportCommand implements Callable<Integer> {

    @Mixin
    SessionFile session;

    /** Builds the client for given credentials (production or an emulator). */
    final Function<CredentialSource, BiliClient> clients;
    /** Adjusts the passport client (the emulator's correspond key, the poll pace). */
    final UnaryOperator<PassportClient> passports;
    /** Where the outcome goes. */
    final PrintWriter out;

    PassportCommand(Function<CredentialSource, BiliClient> clients, UnaryOperator<PassportClient> passports, PrintWriter out,
                    Map<String, String> env) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.passports = Objects.requireNonNull(passports, "passports");
        this.out = Objects.requireNonNull(out, "out");
        this.session = new SessionFile(env);
    }
}
