/**
 * The {@code biliflux} command line: one program with a subcommand per use of the domain modules,
 * table / NDJSON / CSV output on stdout, progress and errors on stderr. With no credentials in the
 * environment it runs against an embedded BiliEmulator with the demo world.
 */
package io.github.biliflux.examples;
