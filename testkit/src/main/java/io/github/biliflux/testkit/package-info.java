/**
 * BiliEmulator: an embedded, stateful fake of the Bilibili web and app APIs on Reactor Netty, an
 * independent oracle of the protocol for the tests of every biliflux module (it does not depend on
 * core). {@link io.github.biliflux.testkit.BiliEmulator} serves a mutable
 * {@link io.github.biliflux.testkit.World}, injects {@link io.github.biliflux.testkit.Faults} and
 * records a {@link io.github.biliflux.testkit.Journal}. {@link io.github.biliflux.testkit.SpecExamples}
 * holds the spec documents' example answers (once, for every module's tests) and
 * {@link io.github.biliflux.testkit.TestClock} is a clock a test moves.
 */
package io.github.biliflux.testkit;
