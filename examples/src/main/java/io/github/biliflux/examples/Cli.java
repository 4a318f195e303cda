package io.github.biliflux.examples;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.examples.login.LoginCommand;
import io.github.biliflux.examples.login.RefreshCommand;
import io.github.biliflux.passport.PassportClient;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The biliflux command line, on picocli. {@link #run} is the whole program, with its streams and
 * environment passed in, so that tests run it in-process; {@link Main} binds it to the real ones.
 */
public final class Cli {

    /** Exit code: success (a charge: charged). */
    public static final int OK = 0;
    /** Exit code: the service answered with an error. */
    public static final int FAILED = 1;
    /** Exit code: a bad command, option or value; nothing was sent. */
    public static final int USAGE = 2;
    /** Exit code: a charge without {@code --yes}; nothing was sent. */
    public static final int REFUSED = 3;
    /** Exit code: a change's answer was lost; it may have taken effect and was not re-sent. */
    public static final int OUTCOME_UNKNOWN = 4;
    /** Exit code: a charge below the service's minimum; nothing was spent. */
    public static final int BELOW_MINIMUM = 5;
    /** Exit code: a charge refused for lack of B-coins; nothing was spent. */
    public static final int INSUFFICIENT_BALANCE = 6;
    /** Exit code: the server could not be reached or did not answer in time. */
    public static final int UNREACHABLE = 7;

    /** The root command's name, as in {@link Root}'s annotation (a command's synopsis starts with it). */
    private static final String ROOT_NAME = Root.class.getAnnotation(CommandLine.Command.class).name();

    final Map<String, String> env;
    final PrintStream out;
    final PrintStream err;
    final boolean terminal;
    final BiliEmulator emulator;
    final Rows rows;

    /** A command line writing to {@code out} and {@code err}, reading credentials from {@code env}. */
    public Cli(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
        this(env, out, err, terminal, null);
    }

    /** As above, using {@code emulator} (already running) instead of starting one when there are no credentials. */
    public Cli(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal, BiliEmulator emulator) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.terminal = terminal;
        this.emulator = emulator;
        this.rows = new Rows(zone(this.env));
    }

    /** The user's zone: {@code TZ} when it names one, else the system's. */
    static ZoneId zone(Map<String, String> env) {
        String tz = env.getOrDefault("TZ", "");
        if (!tz.isBlank()) {
            try {
                return ZoneId.of(tz.strip().startsWith(":") ? tz.strip().substring(1) : tz.strip());
            } catch (DateTimeException e) {
                // a TZ the JVM cannot read: the system zone, as everything else on the machine
            }
        }
        return ZoneId.systemDefault();
    }

    /** Runs one command; returns the exit code. */
    public int run(String... argv) {
        List<BiliEmulator> started = new ArrayList<>();
        try {
            return commandLine(started, subcommand(argv)).execute(argv);
        } finally {
            for (BiliEmulator e : started) { // a loop, not a method reference: no emulator class is loaded when none started
                e.close();
            }
        }
    }

    /** The picocli command tree, bound to this command line's streams. */
    CommandLine commandLine() {
        return commandLine(new ArrayList<>(), null);
    }

    /**
     * The class of the subcommand that {@code argv} runs, when its first word names one (not
     * {@code help}); else null. Read from {@link Root}'s annotation, so that picocli inspects only
     * that command: building every command's model by reflection costs more than the command.
     */
    static Class<?> subcommand(String... argv) {
        if (argv == null || argv.length == 0 || argv[0] == null || argv[0].startsWith("-")) {
            return null;
        }
        for (Class<?> c : Root.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            CommandLine.Command a = c.getAnnotation(CommandLine.Command.class);
            if (c != CommandLine.HelpCommand.class && a != null
                    && (a.name().equals(argv[0]) || Arrays.asList(a.aliases()).contains(argv[0]))) {
                return c;
            }
        }
        return null;
    }

    /**
     * The picocli command tree; {@code login} and {@code refresh} get the server options as a mixin
     * and their clients from {@link Session#client}; an emulator they start goes to {@code started}.
     * With {@code only} (a subcommand class), the tree is {@code biliflux} and that one command, which
     * parses, helps and fails exactly as in the whole tree; {@code help}, the top-level usage and its
     * errors (an unknown command and its suggestions) use the whole tree.
     */
    private CommandLine commandLine(List<BiliEmulator> started, Class<?> only) {
        Map<Object, ServerOptions> servers = new IdentityHashMap<>();
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls != LoginCommand.class && cls != RefreshCommand.class) {
                    return CommandLine.defaultFactory().create(cls);
                }
                ServerOptions o = new ServerOptions();
                Supplier<BiliEmulator> emu = () -> {
                    if (emulator != null) {
                        return emulator;
                    }
                    if (started.isEmpty()) {
                        started.add(BiliEmulator.start(World.demo()));
                    }
                    return started.get(0);
                };
                Function<CredentialSource, BiliClient> clients = source -> Session.client(env, o, source,
                        o.emulator ? emu.get() : null, s -> err.println("biliflux: " + s));
                UnaryOperator<PassportClient> passports = p -> {
                    BiliEmulator at = o.emulator ? emu.get() : Session.emulatorAt(Session.baseUrl(o, env), emulator);
                    return at == null ? p : p.withCorrespondKey(at.world().passportPublicKey());
                };
                PrintWriter pw = new PrintWriter(out, true);
                Object command = cls == LoginCommand.class ? new LoginCommand(clients, passports, pw, env)
                        : new RefreshCommand(clients, passports, pw, env);
                servers.put(command, o);
                return cls.cast(command);
            }
        };
        CommandLine cl;
        if (only == null) {
            cl = new CommandLine(new Root(this), factory);
        } else {
            cl = new CommandLine(CommandSpec.wrapWithoutInspection(new Root(this), factory).name(ROOT_NAME), factory);
            cl.addSubcommand(new CommandLine(only, factory));
        }
        for (CommandLine sub : new LinkedHashSet<>(cl.getSubcommands().values())) {
            ServerOptions o = servers.get(sub.getCommand());
            if (o != null) {
                sub.addMixin("server", o);
            }
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler(this::badParameters);
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            ServerOptions o = servers.get(c.getCommand()); // login, refresh: their --debug
            return failure(c.getCommandName(), e, o != null && o.debug);
        });
        return cl;
    }

    private int badParameters(ParameterException ex, String[] args) {
        int code = usageError(ex.getCommandLine(), ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, ex.getCommandLine().getErr());
        return code;
    }

    /** Bad input: one line saying what is wrong, the synopsis, and where the help is. */
    int usageError(CommandLine c, String message) {
        err.println("biliflux: " + message);
        err.println("usage: " + c.getHelp().synopsis(0).strip());
        boolean top = c.getParent() == null;
        err.println("see 'biliflux " + (top ? "--help" : c.getCommandName() + " --help") + "' (exit codes: 'biliflux help')");
        err.flush();
        return USAGE;
    }

    /** A failure: one line, the stack trace only under {@code --debug}. */
    int failure(String command, Throwable e, boolean debug) {
        err.println("biliflux: " + Failures.explain(command, e));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return Failures.exitCode(e);
    }
}
