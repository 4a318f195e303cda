/**
 * The logged-in user's account (spec A1-A9): profile, daily exp, today's coin exp, VIP status,
 * account security, real-name status and detail, the coin log of the last week, and the sign.
 * Start with {@link io.github.biliflux.account.AccountClient#of(io.github.biliflux.core.BiliClient)};
 * every call returns a lazy {@code Mono} or {@code Flux} that sends nothing before subscription.
 * Enumerated codes decode to enums with an {@code UNKNOWN} constant (the raw code is kept beside
 * them), so an answer with a value the spec does not list still decodes.
 */
package io.github.biliflux.account;
