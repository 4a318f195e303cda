package io.github.biliflux.core.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.biliflux.core.AccessDeniedException;
import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.ClientClosedException;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.core.DecodingException;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.core.RiskControlException;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.TextAnswer;
import io.github.biliflux.core.WithCookies;
import io.github.resilience4j.retry.Retry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The one pipeline every request goes through: credentials check, host gate (cool-down and rate
 * limit), signing (fresh {@code ts}/{@code wts} per attempt), sending, envelope decoding and
 * error mapping, all inside the Resilience4j retry (the gate inside it, so every attempt pays a
 * permit). Mutations are retried only when provably not sent; a lost answer to one becomes
 * {@link OutcomeUnknownException}.
 *
 * <p>Bounds: each attempt's exchange (sending and reading the whole body, from the moment a
 * connection takes the request) ends within the deadline, the wait for a connection within the
 * pool's acquire timeout; an answer is read into memory only up to the size cap, counted as it
 * streams in; the WBI nav fetch is one request per key refresh. After {@link #close()} nothing is
 * sent and calls in flight are cancelled.
 */
public final class Transport {

    private static final Logger log = LoggerFactory.getLogger(Transport.class);
    private static final Route NAV = Route.get("nav", Host.API, "/x/web-interface/nav", Auth.NONE);

    /** An answer as received. */
    public record Raw(int status, String contentType, byte[] body, java.util.List<String> setCookies) {
        /** An answer without Set-Cookie headers. */
        public Raw(int status, String contentType, byte[] body) {
            this(status, contentType, body, java.util.List.of());
        }
    }

    /** Turns an answer into a value (null for none) or throws a {@link BiliException}. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(Route route, Raw raw);
    }

    private final Sender sender;
    private final Requests requests;
    private final CredentialSource source;
    private final DeviceCookies device;
    private final ObjectMapper mapper;
    private final Map<Host, HostGate> gates;
    private final Retry readRetry;
    private final Retry mutationRetry;
    private final WbiSigner wbi;
    private final Retry navRetry;
    private final Backoff backoff;
    private final Lifecycle lifecycle;
    private final EnvelopeDecoder envelopes;
    private final Observation observation;
    /** A transport of {@code config}. */
    public Transport(TransportConfig config) {
        this.sender = new Sender(config);
        this.source = config.credentials();
        Clock clock = config.clock();
        this.device = config.deviceIds() || config.biliTicket()
                ? new DeviceCookies(this, clock, config.deviceIds(), config.biliTicket()) : null;
        this.mapper = config.mapper();
        this.envelopes = new EnvelopeDecoder(mapper, source);
        this.observation = config.observation();
        this.gates = config.gates();
        this.readRetry = Backoff.retry("biliflux-read", config.retry(), Errors::retryableRead);
        this.mutationRetry = Backoff.retry("biliflux-mutation", config.retry(), Errors::retryableMutation);
        // One nav request per key refresh: the call that needs the keys has its own retry.
        this.navRetry = Backoff.retry("biliflux-nav", RetryPolicy.none(), t -> false);
        Supplier<Scheduler> scheduler = config.scheduler();
        this.backoff = new Backoff(scheduler);
        this.lifecycle = new Lifecycle(scheduler);
        this.wbi = new WbiSigner(this::fetchWbiKeys, clock, config.wbiKeyTtl());
        this.requests = new Requests(config.endpoints(), source, device, clock, mapper, wbi);
    }

    /** The mapper answers are decoded with. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The WBI key cache. */
    public WbiKeys wbiKeys() {
        return wbi.keys();
    }

    /** Sends {@code req} and decodes its envelope's payload as {@code type}; empty when there is none. */
    public <T> Mono<T> exchange(ApiRequest req, JavaType type) {
        return exchange(req, type, Function.identity());
    }

    /**
     * Sends {@code req}, decodes its payload as {@code type} and converts it with {@code convert},
     * both inside the decoding step: whatever {@code convert} throws becomes a {@link DecodingException}.
     */
    public <T, R> Mono<R> exchange(ApiRequest req, JavaType type, Function<? super T, ? extends R> convert) {
        ObjectReader reader = envelopes.reader(type);
        return execute(req, (route, raw) -> {
            T value = envelopes.decode(route, raw, reader);
            return value == null ? null : convert.apply(value);
        });
    }

    /** Sends {@code req} through the whole pipeline, decoding each answer with {@code decoder}. */
    public <T> Mono<T> execute(ApiRequest req, Decoder<T> decoder) {
        return call(req, decoder, false);
    }

    /** A call: {@code nav} for the WBI key fetch, made on behalf of a call already running (one attempt). */
    private <T> Mono<T> call(ApiRequest req, Decoder<T> decoder, boolean nav) {
        Mono<Void> ready = nav ? Mono.empty() : device == null ? source.ready()
                : source.ready().then(Mono.defer(() -> device.ready(source.current())));
        Mono<T> call = Mono.defer(() -> guarded(req, decoder, nav));
        // The observer sees the whole call, the wait for the session's credentials included.
        return observation.call(req.route(), ready == Mono.<Void>empty() ? call : ready.then(call));
    }

    /** The call once credentials are ready: checked, retried, ended by close(). */
    private <T> Mono<T> guarded(ApiRequest req, Decoder<T> decoder, boolean nav) {
        String route = req.route().describe();
        if (lifecycle.refuses(nav)) {
            return Mono.error(new ClientClosedException(route, false));
        }
        MissingCredentialsException missing = AuthCheck.check(req, requests.credentialsFor(req), route);
        if (missing != null) {
            return Mono.error(missing);
        }
        Retry retry = nav ? navRetry : req.idempotent() ? readRetry : mutationRetry;
        AtomicBoolean handed = new AtomicBoolean();
        Mono<T> run = withRetry(req, route, decoder, retry, handed);
        if (req.route().wbi()) {
            // Keys rotate: a refusal of the signature refreshes them once.
            run = run.onErrorResume(e -> e instanceof RiskControlException || e instanceof AccessDeniedException, e -> {
                log.debug("{}: WBI signature refused ({}), refreshing keys once", route, e.getClass().getSimpleName());
                wbi.keys().invalidate();
                return withRetry(req, route, decoder, retry, handed);
            });
        }
        // close() ends the call wherever it is: waiting for a permit, a backoff, or the answer.
        run = lifecycle.guard(run, route, handed);
        return req.idempotent() ? run : run.onErrorMap(Errors::outcomeUnknown, e -> new OutcomeUnknownException(route, e));
    }

    private <T> Mono<T> withRetry(ApiRequest req, String route, Decoder<T> decoder, Retry retry, AtomicBoolean handed) {
        return backoff.retrying(observation.attempts(req.route(), attempt(req, route, decoder, handed)), retry.getRetryConfig());
    }

    /** Refuses new calls, cancels calls in flight (a mutation that may have been sent: outcome unknown). Idempotent. */
    public void close() {
        lifecycle.close();
    }

    /**
     * Refuses new calls at once, lets calls in flight finish for up to {@code grace}, then closes.
     * Completes when closed.
     */
    public Mono<Void> closeGracefully(Duration grace) {
        return lifecycle.closeGracefully(grace);
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return lifecycle.isClosed();
    }

    /** One attempt: the host gate, signing (fresh per attempt), sending, decoding. */
    private <T> Mono<T> attempt(ApiRequest req, String route, Decoder<T> decoder, AtomicBoolean handed) {
        HostGate gate = gates.get(req.route().host());
        return Mono.defer(() -> {
            if (lifecycle.isClosed()) {
                return Mono.error(new ClientClosedException(route, false));
            }
            Mono<Void> wait = gate.passNow(route);
            if (wait == null && !observation.active()) {
                return signAndSend(req, route, decoder, gate, handed);
            }
            return observation.permit(req.route(), wait == null ? Mono.empty() : wait)
                    .then(Mono.defer(() -> signAndSend(req, route, decoder, gate, handed)));
        });
    }

    private <T> Mono<T> signAndSend(ApiRequest req, String route, Decoder<T> decoder, HostGate gate, AtomicBoolean handed) {
        if (req.route().wbi()) {
            return requests.prepareWbi(req, route).flatMap(p -> send(req, route, p, decoder, gate, handed));
        }
        Requests.Prepared p;
        try {
            p = requests.prepare(req);
        } catch (RuntimeException e) {
            return Mono.error(e);
        }
        return send(req, route, p, decoder, gate, handed);
    }

    /** Sends {@code p} and decodes the answer, telling the gate of a good or a throttling answer. */
    private <T> Mono<T> send(ApiRequest req, String route, Requests.Prepared p, Decoder<T> decoder, HostGate gate, AtomicBoolean handed) {
        return sender.send(req, route, p, handed).handle((raw, sink) -> {
            T value;
            try {
                value = decoder.decode(req.route(), raw);
            } catch (BiliException e) {
                if (Errors.throttles(e)) {
                    gate.throttled();
                    observation.throttled(req.route(), gate.cooldownRemainingMillis());
                    log.debug("{}: throttled ({}), host {} cools down {} ms", route, e.getMessage(), req.host(), gate.cooldownRemainingMillis());
                }
                throw e;
            } catch (RuntimeException e) {
                // A value the records or a converter refuse (NPE, ArithmeticException, DateTimeException ...).
                throw new DecodingException(route, clean(e.toString()), e);
            }
            gate.succeeded();
            if (value != null) {
                sink.next(value);
            }
        });
    }

    private String clean(String text) {
        return Errors.clean(text, source.current());
    }

    /**
     * Sends {@code req} and decodes its payload as {@code type}, keeping the cookies the answer set
     * (name to value, from its Set-Cookie headers).
     */
    public <T> Mono<WithCookies<T>> exchangeWithCookies(ApiRequest req, JavaType type) {
        ObjectReader reader = envelopes.reader(type);
        return execute(req, (route, raw) -> new WithCookies<T>(envelopes.decode(route, raw, reader), WithCookies.parse(raw.setCookies())));
    }

    /** Sends {@code req} and returns the answer's status and body as text (an HTML page); 5xx fails as usual. */
    public Mono<TextAnswer> exchangeText(ApiRequest req) {
        return execute(req, (route, raw) -> {
            if (raw.status() >= 500 || raw.status() == 412 || (raw.status() >= 300 && raw.status() < 400)) {
                EnvelopeDecoder.checkStatus(route.describe(), raw);
                throw EnvelopeDecoder.unreadable(route.describe(), raw, "HTTP " + raw.status(), null);
            }
            return new TextAnswer(raw.status(), new String(raw.body(), StandardCharsets.UTF_8));
        });
    }

    private Mono<WbiKeys.Keys> fetchWbiKeys() {
        return call(NAV.request().build(), envelopes::navKeys, true);
    }
}
