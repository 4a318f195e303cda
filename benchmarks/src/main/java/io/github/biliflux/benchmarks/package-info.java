/**
 * Benchmarks of biliflux: JMH measurements of one request through {@code BiliClient} against raw
 * Reactor Netty + Jackson on the same local server ({@link io.github.biliflux.benchmarks.TransportBenchmark}),
 * of APP and WBI signing ({@link io.github.biliflux.benchmarks.SigningBenchmark}), and a streaming harness
 * ({@link io.github.biliflux.benchmarks.StreamHarness}) that streams long lists from the BiliEmulator to
 * measure entries/s, peak live heap and a shared rate limit. Not a library; nothing here is published.
 */
package io.github.biliflux.benchmarks;
