package io.github.biliflux.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments: a command, positionals, {@code --name value} options and flags. */
final class Args {

    static final Set<String> FLAGS = Set.of("progress", "debug", "emulator", "yes", "today", "help");
    static final Set<String> OPTIONS = Set.of("format", "limit", "order", "page-size", "video");

    final String command;
    final List<String> positionals;
    final Map<String, String> options;

    private Args(String command, List<String> positionals, Map<String, String> options) {
        this.command = command;
        this.positionals = positionals;
        this.options = options;
    }

    static Args parse(String... argv) {
        List<String> pos = new ArrayList<>();
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (FLAGS.contains(name) && value == null) {
                    opts.put(name, "true");
                } else if (OPTIONS.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= argv.length) {
                            throw new IllegalArgumentException("--" + name + " needs a value");
                        }
                        value = argv[++i];
                    }
                    opts.put(name, value);
                } else {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
            } else if (a.equals("-h")) {
                opts.put("help", "true");
            } else {
                pos.add(a);
            }
        }
        String command = pos.isEmpty() ? "help" : pos.remove(0);
        return new Args(command, List.copyOf(pos), opts);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    long number(String what, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, was '" + text + "'");
        }
    }

    /** The positional at {@code index} as a number, or {@code fallback} when absent. */
    long positional(int index, String what, long fallback) {
        return positionals.size() > index ? number(what, positionals.get(index)) : fallback;
    }

    /** The positional at {@code index}, required. */
    String required(int index, String what) {
        if (positionals.size() <= index) {
            throw new IllegalArgumentException("missing " + what);
        }
        return positionals.get(index);
    }

    /** {@code --limit N}: 0 when absent (no limit). */
    long limit() {
        long n = options.containsKey("limit") ? number("--limit", options.get("limit")) : 0;
        if (n < 0) {
            throw new IllegalArgumentException("--limit must be >= 1, was " + n);
        }
        return n;
    }

    Output.Format format() {
        String f = option("format", "table");
        return switch (f) {
            case "table" -> Output.Format.TABLE;
            case "ndjson" -> Output.Format.NDJSON;
            case "csv" -> Output.Format.CSV;
            default -> throw new IllegalArgumentException("--format must be table, ndjson or csv, was '" + f + "'");
        };
    }
}
