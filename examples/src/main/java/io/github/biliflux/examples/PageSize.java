package io.github.biliflux.examples;

import picocli.CommandLine.Option;

/** {@code --page-size}, for the lists whose endpoint takes one (the library checks its range). */
final class PageSize {

    @Option(names = "--page-size", paramLabel = "N", description = "entries per request (default: the endpoint's)")
    Integer value;

    /** Whether one was given. */
    boolean given() {
        return value != null;
    }
}
