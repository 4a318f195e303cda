/**
 * Internals of core, free to change: the transport pipeline ({@code Transport}), the signers
 * ({@code Signing}, {@code WbiKeys}), the per-host gate ({@code HostGate}: rate limit and cool-down),
 * the one place that maps and classifies errors ({@code Errors}), and the Jackson configuration.
 */
package io.github.biliflux.core.internal;
