package io.github.biliflux.examples;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every command that talks to a server takes: output, where the server is, and how to reach it. */
final class CommonOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "table (default), ndjson or csv; ndjson and csv keep every field")
    Output.Format format = Output.Format.TABLE;

    @Option(names = "--columns", paramLabel = "COLUMN", split = ",",
            description = "the columns to print, comma-separated (names as in the csv header; 'vip' = every vip.* column)")
    List<String> columns;

    @Option(names = "--progress", description = "a progress line on stderr (on by default on a terminal)")
    boolean progress;

    @Option(names = "--debug", description = "stack traces and the library's debug log on stderr")
    boolean debug;

    @Option(names = "--emulator", description = "use the embedded emulator even when credentials are set")
    boolean emulator;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "send every request to this server (all hosts at one base, e.g. http://127.0.0.1:8080); default $BILI_BASE_URL")
    URI baseUrl;

    @Option(names = "--proxy", paramLabel = "HOST:PORT",
            description = "an HTTP proxy (or socks5://HOST:PORT); default $HTTPS_PROXY for https servers, $HTTP_PROXY for http ones, minus $NO_PROXY")
    String proxy;

    @Option(names = "--rate", paramLabel = "N", description = "at most N requests per second per host, 1..10000 (default 4; 200 on the embedded emulator)")
    Integer rate;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "how long to wait for each answer, e.g. 30s, 500ms, 2m (default 15s)")
    Duration timeout;

    /** {@code table}, {@code ndjson}, {@code csv}. */
    static final class FormatConverter implements ITypeConverter<Output.Format> {
        @Override
        public Output.Format convert(String value) {
            try {
                return Output.Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be table, ndjson or csv, was '" + value + "'");
            }
        }
    }

    /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, a bare number of seconds, or ISO-8601 ({@code PT30S}). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = parse(value);
            if (d == null || d.compareTo(Duration.ofMillis(1)) < 0 || d.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new TypeConversionException("must be a duration in 1ms..10m such as 30s, 500ms or 2m, was '" + value + "'");
            }
            return d;
        }

        static Duration parse(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("pt")) {
                    return Duration.parse(v);
                }
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                if (v.endsWith("s")) {
                    return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
                }
                if (v.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
                }
                if (v.endsWith("h")) {
                    return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
                }
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
