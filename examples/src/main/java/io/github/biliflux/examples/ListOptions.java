package io.github.biliflux.examples;

import picocli.CommandLine.Option;

/** The options of a command that streams a list. */
final class ListOptions {

    @Option(names = "--limit", paramLabel = "N", description = "stop after N entries (N >= 1; default: the whole list)")
    Long limit;

    /** {@code --limit}, or 0 for the whole list; a value below 1 is bad input. */
    long limit() {
        if (limit == null) {
            return 0;
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be >= 1 (leave it out for the whole list), was " + limit);
        }
        return limit;
    }
}
