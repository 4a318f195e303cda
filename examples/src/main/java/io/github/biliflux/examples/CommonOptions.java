package io.github.biliflux.examples;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every API command takes: the output, plus (inherited) where the server is and how to reach it. */
final class CommonOptions extends ServerOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "table (default), ndjson or csv; ndjson and csv keep every field")
    Output.Format format = Output.Format.TABLE;

    @Option(names = "--columns", paramLabel = "COLUMN", split = ",",
            description = "the columns to print, comma-separated (names as in the csv header; 'vip' = every vip.* column)")
    List<String> columns;

    @Option(names = "--progress", description = "a progress line on stderr (on by default on a terminal)")
    boolean progress;

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
