package io.github.biliflux.examples;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The command line's logging, set up in code (found by logback through {@code META-INF/services}):
 * warnings and errors on stderr as {@code HH:mm:ss.SSS LEVEL logger - message}, the library's own
 * loggers ({@code io.github.biliflux}) at the level of the system property {@code biliflux.log}
 * ({@code --debug} sets it to {@code DEBUG}), else WARN. No configuration file is searched for or
 * parsed, which a command would otherwise pay for at every start; {@code -Dlogback.configurationFile=FILE}
 * still configures logback from FILE instead.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

    /** The system property of the library's level; {@code --debug} sets it to {@code DEBUG}. */
    static final String LEVEL_PROPERTY = "biliflux.log";

    /** The line layout on stderr. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

    /** Made by logback's service loader. */
    public CliLogging() {
    }

    /**
     * Configures {@code context} as described above, unless a configuration file was named.
     *
     * @param context logback's context
     * @return {@code DO_NOT_INVOKE_NEXT_IF_ANY} (no file scan), or {@code INVOKE_NEXT_IF_ANY} when
     *         {@code logback.configurationFile} is set
     */
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("io.github.biliflux").setLevel(Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
