/**
 * The {@code login} and {@code refresh} commands (picocli), the {@code --session FILE} option other
 * commands mix in, and a terminal QR code drawn with ZXing.
 */
package io.github.biliflux.examples.login;
