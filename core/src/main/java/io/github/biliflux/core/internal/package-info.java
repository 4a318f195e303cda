/**
 * Internals of core, free to change: the transport pipeline ({@code Transport}), the signers
 * ({@code Signing}, {@code WbiKeys}), the per-host gate ({@code HostGate}: rate limit and cool-down),
 * the one place that maps and classifies errors ({@code Errors}), the Jackson configuration with its
 * null handling ({@code Json}), and the bounded window of recent keys that deduplicates streams
 * ({@code RecentKeys}).
 */
package io.github.biliflux.core.internal;
