package io.github.biliflux.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;

/**
 * What a {@link Transport} is built from, as {@code BiliClient.Builder} validated it.
 *
 * @param http             the pooled Reactor Netty client (timeouts, pool, customisations applied)
 * @param endpoints        where the hosts are
 * @param credentials      who the client acts as, read anew for every attempt
 * @param clock            the clock of {@code ts}, {@code wts} and key expiry
 * @param scheduler        the scheduler of every wait (deadline, backoff), resolved at each use
 * @param mapper           the mapper answers are decoded with
 * @param gates            the cool-down and rate-limit gate of each host
 * @param retry            the retry policy
 * @param wbiKeyTtl        how long WBI keys are cached
 * @param userAgent        the User-Agent header
 * @param referer          the Referer header
 * @param deadline         the deadline of one attempt's exchange
 * @param maxResponseBytes the largest answer read
 * @param deviceIds        whether to fetch and send buvid3/buvid4 when the cookie has none
 * @param biliTicket       whether to fetch, send and renew the bili_ticket cookie
 * @param observation      what the client's observer is told of calls, attempts, permits and throttling
 */
public record TransportConfig(HttpClient http, Endpoints endpoints, io.github.biliflux.core.CredentialSource credentials, Clock clock,
                              Supplier<Scheduler> scheduler, ObjectMapper mapper, Map<Host, HostGate> gates,
                              RetryPolicy retry, Duration wbiKeyTtl, String userAgent, String referer,
                              Duration deadline, int maxResponseBytes,
                              boolean deviceIds, boolean biliTicket, Observation observation) {

    public TransportConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(mapper, "mapper");
        gates = Map.copyOf(gates);
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(wbiKeyTtl, "wbiKeyTtl");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(referer, "referer");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(observation, "observation");
    }
}
