package io.github.biliflux.examples;

import io.github.biliflux.examples.login.SessionFile;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import reactor.core.publisher.Mono;

/**
 * A subcommand that talks to a server: {@link #check()} validates the arguments before anything is
 * started or sent, then {@link #run(Ctx)} runs with a session, and every failure becomes one line and
 * an exit code. A new command is one subclass plus one line in {@link Root}'s subcommand list.
 */
abstract class ApiCommand implements Callable<Integer> {

    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Mixin
    SessionFile sessionFile = new SessionFile(Map.of());

    /** Validates the arguments; throws {@link IllegalArgumentException} naming the bad one. Nothing is sent yet. */
    void check() {
    }

    /** Runs the command; returns the exit code. */
    abstract int run(Ctx ctx);

    @Override
    public final Integer call() {
        Cli cli = root.cli;
        String name = spec.name();
        try {
            check();
        } catch (IllegalArgumentException e) {
            return cli.usageError(spec.commandLine(), e.getMessage());
        }
        try (Session session = Session.open(cli.env, options, sessionFile.explicit(), cli.err, cli.emulator, s -> cli.err.println("biliflux: " + s))) {
            Ctx ctx = new Ctx(cli, options, session, new Progress(cli.err, cli.terminal || options.progress));
            return run(ctx);
        } catch (IllegalArgumentException e) {
            // the library names its parameter; the user typed the option
            return cli.usageError(spec.commandLine(), String.valueOf(e.getMessage()).replaceFirst("^pageSize ", "--page-size "));
        } catch (RuntimeException e) {
            return cli.failure(name, e, options.debug);
        }
    }

    /** Runs a mutation to its end, then prints {@code outcome} (what it did) as one row; returns {@link Cli#OK}. */
    static int act(Ctx c, Mono<?> mutation, Map<String, ?> outcome) {
        mutation.block();
        c.single(outcome, View.PLAIN);
        return Cli.OK;
    }

    /** A user id given on the command line: a number >= 1. */
    static long id(String label, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(label + " must be >= 1, was " + value);
        }
        return value;
    }
}
