/**
 * Micrometer metrics for biliflux: {@link io.github.biliflux.micrometer.BiliMetrics} is a
 * {@link io.github.biliflux.core.BiliObserver} that records every call of a {@code BiliClient}
 * per route and outcome (a timer, percentiles off by default), retries, throttling answers,
 * cool-downs, permit waits, pages and entries streamed and the requests in flight, and turns on
 * Reactor Netty's connection-pool gauges in the same registry. The names and tags are listed on
 * {@link io.github.biliflux.micrometer.BiliMetrics}.
 */
package io.github.biliflux.micrometer;
