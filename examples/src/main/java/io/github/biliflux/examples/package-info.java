/**
 * The {@code biliflux} command line, on picocli: one class per subcommand (listed once in
 * {@code Root}), table / NDJSON / CSV output on stdout, progress and one-line errors on stderr,
 * and documented exit codes. With no credentials in the environment it runs against an embedded
 * BiliEmulator with the demo world; {@code biliflux emulator} serves that emulator to other clients.
 */
package io.github.biliflux.examples;
