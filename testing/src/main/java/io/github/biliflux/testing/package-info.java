/**
 * Fixtures the modules' tests share: {@link io.github.biliflux.testing.EmulatorFixture} (a BiliEmulator
 * with the clients of a test) and {@link io.github.biliflux.testing.StubServer} (one fixed answer, for
 * what the emulator cannot produce). Kept apart from testkit, which must not depend on core.
 */
package io.github.biliflux.testing;
