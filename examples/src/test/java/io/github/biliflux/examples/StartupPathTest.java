package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/**
 * The start-up path (issue 15): picocli inspects only the command named in the arguments, and its
 * help and errors are the whole tree's; logging is configured in code, as logback.xml did.
 */
@Timeout(60)
class StartupPathTest extends CliTestBase {

    @Test
    void theFirstWordPicksTheOneCommandToBuildElseTheWholeTree() {
        assertThat(Cli.subcommand("followers", "--format", "ndjson")).isEqualTo(RelationCommands.Followers.class);
        assertThat(Cli.subcommand("emulator")).isEqualTo(EmulatorCommand.class);
        assertThat(Cli.subcommand("login", "--help")).isEqualTo(io.github.biliflux.examples.login.LoginCommand.class);
        assertThat(Cli.subcommand()).isNull();
        assertThat(Cli.subcommand("help", "followers")).isNull();
        assertThat(Cli.subcommand("--help")).isNull();
        assertThat(Cli.subcommand("--version")).isNull();
        assertThat(Cli.subcommand("folowers")).isNull();
        assertThat(Cli.subcommand("FOLLOWERS")).isNull();
        assertThat(Cli.subcommand((String) null)).isNull();
    }

    @Test
    void everyCommandsHelpIsTheWholeTreesHelp() {
        CommandLine whole = new Cli(java.util.Map.of(), System.out, System.err, false, emu).commandLine();
        List<String> names = new ArrayList<>(whole.getSubcommands().keySet());
        names.remove("help");
        assertThat(names).hasSize(19);
        for (String name : names) {
            Run r = run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).isEqualTo(whole.getSubcommands().get(name).getUsageMessage());
            assertThat(r.err()).as(name).isEmpty();
        }
        assertThat(journal()).isEmpty();
    }

    @Test
    void aCommandsUsageErrorNamesItsOwnSynopsisAndAMistypedCommandIsSuggested() {
        Run bad = run("followers", "--bogus");
        assertThat(bad.code()).isEqualTo(Cli.USAGE);
        assertThat(bad.err()).isEqualTo("biliflux: Unknown option: '--bogus'\n"
                + "usage: biliflux followers [OPTIONS] [MID]\n"
                + "see 'biliflux followers --help' (exit codes: 'biliflux help')\n");
        Run typo = run("folowers");
        assertThat(typo.code()).isEqualTo(Cli.USAGE);
        assertThat(typo.err()).contains("Did you mean: biliflux followers or biliflux follow");
        assertThat(journal()).isEmpty();
    }

    @Test
    void loggingIsConfiguredInCodeAsLogbackXmlWas() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()).toList()).contains(CliLogging.class.getName());
        String before = System.getProperty(CliLogging.LEVEL_PROPERTY);
        try {
            System.clearProperty(CliLogging.LEVEL_PROPERTY);
            LoggerContext quiet = new LoggerContext();
            assertThat(new CliLogging().configure(quiet)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            assertThat(quiet.getLogger("ROOT").getLevel()).isEqualTo(Level.WARN);
            assertThat(quiet.getLogger("io.github.biliflux").getLevel()).isEqualTo(Level.WARN);
            assertThat(quiet.getLogger("io.github.biliflux.core.internal.Transport").isDebugEnabled()).isFalse();
            assertThat(quiet.getLogger("reactor.netty").isInfoEnabled()).isFalse();
            @SuppressWarnings("unchecked")
            ConsoleAppender<ILoggingEvent> stderr = (ConsoleAppender<ILoggingEvent>) quiet.getLogger("ROOT").getAppender("STDERR");
            assertThat(stderr.getTarget()).isEqualTo("System.err");
            assertThat(((PatternLayoutEncoder) stderr.getEncoder()).getPattern()).isEqualTo("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");

            System.setProperty(CliLogging.LEVEL_PROPERTY, "DEBUG"); // what --debug sets
            LoggerContext debug = new LoggerContext();
            new CliLogging().configure(debug);
            assertThat(debug.getLogger("io.github.biliflux.core.internal.Transport").isDebugEnabled()).isTrue();
            assertThat(debug.getLogger("reactor.netty").isInfoEnabled()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(CliLogging.LEVEL_PROPERTY);
            } else {
                System.setProperty(CliLogging.LEVEL_PROPERTY, before);
            }
        }
    }

    @Test
    void aNamedConfigurationFileIsLeftToLogback() {
        System.setProperty("logback.configurationFile", "some-logback.xml");
        try {
            LoggerContext ctx = new LoggerContext();
            assertThat(new CliLogging().configure(ctx)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(ctx.getLogger("ROOT").iteratorForAppenders().hasNext()).isFalse();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }
}
