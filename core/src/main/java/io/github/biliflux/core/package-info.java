/**
 * The foundation every biliflux module stands on: {@link io.github.biliflux.core.BiliClient} (one
 * pooled Reactor Netty client, credentials, a rate limiter per host, the retry policy),
 * {@link io.github.biliflux.core.Credentials} and {@link io.github.biliflux.core.AppKey},
 * {@link io.github.biliflux.core.Endpoints}, the {@link io.github.biliflux.core.Route} and
 * {@link io.github.biliflux.core.ApiRequest} values that domain modules build, the typed errors under
 * {@link io.github.biliflux.core.BiliException}, {@link io.github.biliflux.core.PagedFlux} for lists
 * streamed page by page, and {@link io.github.biliflux.core.Check} for argument checks.
 *
 * <p>Every call is lazy (nothing is sent before subscription), re-signed on every attempt, rate-limited
 * per host and retried only when that is safe: a mutation is never re-sent once it may have reached
 * the service, and a lost answer to one is an {@link io.github.biliflux.core.OutcomeUnknownException}.
 */
package io.github.biliflux.core;
