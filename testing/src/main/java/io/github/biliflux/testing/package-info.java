/**
 * Test fixtures for the modules' tests and for users' own: {@link io.github.biliflux.testing.BiliEmulatorExtension}
 * (a JUnit 5 extension giving each test a fresh {@link io.github.biliflux.testing.EmulatorFixture}: a
 * BiliEmulator with the clients of the test, closed after it), {@link io.github.biliflux.testing.TestClients}
 * (the one builder of a fast test client), {@link io.github.biliflux.testing.StubServer} (one fixed
 * answer, for what the emulator cannot produce), and a quiet {@code logback-test.xml}. Kept apart from
 * testkit, which must not depend on core.
 */
package io.github.biliflux.testing;
