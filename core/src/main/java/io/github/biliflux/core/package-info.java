/**
 * The foundation every biliflux module stands on: {@link io.github.biliflux.core.BiliClient} (one
 * pooled Reactor Netty client, credentials, a rate limiter per host, the retry policy),
 * {@link io.github.biliflux.core.Credentials} and {@link io.github.biliflux.core.AppKey},
 * {@link io.github.biliflux.core.Endpoints}, the {@link io.github.biliflux.core.Route} values of the
 * domain modules' routes tables (with their errors and {@link io.github.biliflux.core.Route.Paging paging
 * policy}) and the {@link io.github.biliflux.core.ApiRequest}s built from them, the typed errors under
 * {@link io.github.biliflux.core.BiliException} (throttling under
 * {@link io.github.biliflux.core.ThrottledException}: rate limits, which are retried, and risk control,
 * which is not), {@link io.github.biliflux.core.PagedFlux} for lists streamed page by page, and
 * {@link io.github.biliflux.core.Check} for argument checks.
 *
 * <p>One decoding convention for every module: {@code exchange(request, type, convert)} decodes the
 * payload into a wire record and converts it inside the decoding step, so whatever the converter
 * refuses is a {@link io.github.biliflux.core.DecodingException}; strings and lists that the service
 * sends as null or leaves out arrive empty, and null entries of lists are dropped.
 *
 * <p>Every call is lazy (nothing is sent before subscription), re-signed on every attempt, rate-limited
 * per host and retried only when that is safe: a mutation is never re-sent once it may have reached
 * the service, and a lost answer to one is an {@link io.github.biliflux.core.OutcomeUnknownException}.
 */
package io.github.biliflux.core;
