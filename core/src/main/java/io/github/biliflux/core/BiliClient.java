package io.github.biliflux.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.core.internal.HostGate;
import io.github.biliflux.core.internal.Json;
import io.github.biliflux.core.internal.Observation;
import io.github.biliflux.core.internal.Transport;
import io.github.biliflux.core.internal.TransportConfig;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The entry point: an immutable, thread-safe client that owns one pooled Reactor Netty
 * {@link HttpClient}, the credentials and their signers, a rate limiter per host and the retry
 * policy. Build it once, share it, and build the domain clients from it
 * ({@code RelationClient.of(bili)}). {@link #close()} is final: it cancels calls in flight and
 * every later call fails at once with {@link ClientClosedException}, sending nothing.
 *
 * <p>Defaults worth knowing (each a builder option): every attempt's exchange ends within the
 * {@linkplain Builder#deadline deadline} of 15 s (sending and reading the whole answer, however
 * it drips; besides the 15 s idle-read {@linkplain Builder#responseTimeout response timeout});
 * an answer is read into memory up to {@linkplain Builder#maxResponseSize 8 MiB}; the pool holds
 * {@linkplain Builder#maxConnections 50 connections}, and up to
 * {@linkplain Builder#maxPendingAcquires 10,000} requests queue for one, each for at most the
 * {@linkplain Builder#pendingAcquireTimeout acquire timeout} of 45 s, so a burst of a thousand
 * concurrent calls queues instead of failing. Hence a call ends within
 * {@code maxAttempts x (acquire timeout + connect timeout + deadline) + backoff} (plus rate-limit
 * waits), and in {@code maxAttempts x deadline + backoff} once connections are free.
 */
public final class BiliClient implements AutoCloseable {

    /** A browser-like User-Agent: a script-like one raises the risk-control rate (PROTOCOL.md). */
    public static final String DEFAULT_USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    /** The Referer the web endpoints expect. */
    public static final String DEFAULT_REFERER = "https://www.bilibili.com/";

    private final CredentialSource credentials;
    private final Endpoints endpoints;
    private final Clock clock;
    private final ConnectionProvider provider;
    private final Transport transport;
    private final Map<Host, HostGate> gates;
    private final RetryPolicy retry;

    private BiliClient(Builder b) {
        this.credentials = b.source != null ? b.source : CredentialSource.of(b.credentials);
        this.endpoints = b.endpoints;
        this.clock = b.clock;
        this.retry = b.retry;
        Scheduler fixed = b.scheduler;
        // Resolved at each use, so that StepVerifier.withVirtualTime's scheduler is picked up.
        Supplier<Scheduler> scheduler = fixed != null ? () -> fixed : Schedulers::parallel;
        this.gates = new EnumMap<>(Host.class);
        RateBudget budget = b.rateBudget != null ? b.rateBudget : RateBudget.inProcess(clock);
        for (Host h : Host.values()) {
            gates.put(h, new HostGate(b.budgetKey.keyOf(h, credentials.current()), b.rateLimits.getOrDefault(h, b.rateLimit), budget, clock, scheduler));
        }
        ConnectionProvider.Builder pool = ConnectionProvider.builder("biliflux")
                .maxConnections(b.maxConnections)
                .pendingAcquireMaxCount(b.maxPendingAcquires)
                .pendingAcquireTimeout(b.pendingAcquireTimeout)
                .maxIdleTime(Duration.ofSeconds(30));
        ConnectionProvider.MeterRegistrar poolMetrics = b.observer.connectionPoolMetrics();
        if (poolMetrics != null) {
            pool.metrics(true, () -> poolMetrics);
        }
        this.provider = pool.build();
        HttpClient http = HttpClient.create(provider)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) b.connectTimeout.toMillis())
                .responseTimeout(b.responseTimeout)
                .followRedirect(false);
        if (b.proxy != null) {
            http = b.proxy.applyTo(http);
        }
        http = b.httpCustomizer.apply(http).followRedirect(false);
        ObjectMapper mapper = Json.newMapper();
        this.transport = new Transport(new TransportConfig(http, endpoints, credentials, clock, scheduler, mapper, gates, retry,
                b.wbiKeyTtl, b.userAgent, b.referer, b.deadline, b.maxResponseSize, b.deviceIds, b.biliTicket,
                new Observation(b.observer)));
    }

    /**
     * A builder, defaulting to anonymous use of the live service.
     * @return a builder, defaulting to anonymous use of the live service
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An anonymous client of the live service with the default limits.
     * @return an anonymous client of the live service with the default limits
     */
    public static BiliClient create() {
        return builder().build();
    }

    /**
     * Sends {@code request} and decodes the envelope's payload ({@code data}, or {@code number} for
     * exp.php) as {@code type}. Empty when the payload is absent or null. Nothing is sent before
     * subscription; each subscription sends anew.
     * @param <T> the payload type
     * @param request the request to send
     * @param type the type to decode data into
     * @return the payload: sends {@code request} and decodes the envelope's payload ({@code data}, or {@code number} for exp.php) as {@code type}
     */
    public <T> Mono<T> exchange(ApiRequest request, Class<T> type) {
        return exchange(request, transport.mapper().constructType(type));
    }

    /**
     * As {@link #exchange(ApiRequest, Class)}, for generic payloads such as {@code List<Tag>}.
     * @param <T> the payload type
     * @param request the request to send
     * @param type the type to decode data into
     * @return the decoded payload
     */
    public <T> Mono<T> exchange(ApiRequest request, TypeReference<T> type) {
        return exchange(request, transport.mapper().getTypeFactory().constructType(type));
    }

    /**
     * As {@link #exchange(ApiRequest, Class)}, for a Jackson type.
     * @param <T> the payload type
     * @param request the request to send
     * @param type the type to decode data into
     * @return the decoded payload
     */
    public <T> Mono<T> exchange(ApiRequest request, JavaType type) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(type, "type");
        return transport.exchange(request, type);
    }

    /**
     * As {@link #exchange(ApiRequest, Class)}, then converts the payload with {@code convert} inside
     * the decoding step: whatever {@code convert} throws (a null where a value must be, a number out
     * of range) becomes a {@link DecodingException}, never a raw runtime exception.
     * @param <T> the payload type
     * @param <R> the converted type
     * @param request the request to send
     * @param type the type to decode data into
     * @param convert the conversion of the decoded payload
     * @return the converted payload
     */
    public <T, R> Mono<R> exchange(ApiRequest request, Class<T> type, java.util.function.Function<? super T, ? extends R> convert) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(convert, "convert");
        return transport.exchange(request, transport.mapper().constructType(type), convert);
    }

    /**
     * As {@link #exchange(ApiRequest, Class, java.util.function.Function)}, for generic payloads.
     * @param <T> the payload type
     * @param <R> the converted type
     * @param request the request to send
     * @param type the type to decode data into
     * @param convert the conversion of the decoded payload
     * @return the converted payload
     */
    public <T, R> Mono<R> exchange(ApiRequest request, TypeReference<T> type, java.util.function.Function<? super T, ? extends R> convert) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(convert, "convert");
        return transport.exchange(request, transport.mapper().getTypeFactory().constructType(type), convert);
    }

    /**
     * As {@link #exchange(ApiRequest, Class)}, keeping the cookies the answer set (QR login, refresh).
     *
     * @param request the request
     * @param type    the payload type
     * @param <T>     the payload type
     * @return the payload (null inside when absent) and the cookies set
     */
    public <T> Mono<WithCookies<T>> exchangeWithCookies(ApiRequest request, Class<T> type) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(type, "type");
        return transport.exchangeWithCookies(request, transport.mapper().constructType(type));
    }

    /**
     * Sends {@code request} and returns the answer as text, whatever its status below 500 (an HTML page).
     *
     * @param request the request
     * @return the status and the body
     */
    public Mono<TextAnswer> exchangeText(ApiRequest request) {
        return transport.exchangeText(Objects.requireNonNull(request, "request"));
    }

    /**
     * Sends {@code request} and returns its payload as a JSON tree (empty when absent).
     * @param request the request to send
     * @return the payload as a tree (an empty node when the answer has none)
     */
    public Mono<JsonNode> exchangeTree(ApiRequest request) {
        return exchange(request, JsonNode.class);
    }

    /**
     * Sends {@code request}, checks its envelope and ignores the payload (mutations).
     * @param request the request to send
     * @return a {@code Mono} that completes when the envelope says the request succeeded
     */
    public Mono<Void> execute(ApiRequest request) {
        return exchangeTree(request).then();
    }

    /**
     * The mapper answers are decoded with (for modules that decode a tree further).
     * @return the mapper answers are decoded with (for modules that decode a tree further)
     */
    public ObjectMapper objectMapper() {
        return transport.mapper();
    }

    /**
     * The credentials in use now (a session's change while the client runs).
     * @return the credentials the next attempt is sent with
     */
    public Credentials credentials() {
        return credentials.current();
    }

    /**
     * Where the credentials come from: fixed ones, or a {@link Session}.
     *
     * @return the credential source
     */
    public CredentialSource credentialSource() {
        return credentials;
    }

    /**
     * The endpoints.
     * @return the endpoints
     */
    public Endpoints endpoints() {
        return endpoints;
    }

    /**
     * The clock that {@code ts}, {@code wts} and the rate limits read.
     * @return the clock that {@code ts}, {@code wts} and the rate limits read
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The retry policy.
     * @return the retry policy
     */
    public RetryPolicy retryPolicy() {
        return retry;
    }

    /**
     * The rate limit of {@code host}.
     * @param host the host
     * @return the rate limit of {@code host}
     */
    public RateLimit rateLimit(Host host) {
        return gates.get(host).limit();
    }

    /**
     * Milliseconds left of {@code host}'s cool-down after a throttling answer (0 when none).
     * @param host the host
     * @return the milliseconds left of {@code host}'s cool-down after a throttling answer (0 when none)
     */
    public long cooldownRemainingMillis(Host host) {
        return gates.get(host).cooldownRemainingMillis();
    }

    /** Forgets the cached WBI keys; the next WBI-signed call fetches them again. */
    public void invalidateWbiKeys() {
        transport.wbiKeys().invalidate();
    }

    /**
     * Closes the client, finally: from now on every call fails at once with
     * {@link ClientClosedException} and sends nothing; calls in flight are cancelled (a read with
     * {@code ClientClosedException}, a mutation that may have been sent with
     * {@link OutcomeUnknownException}); the pooled connections are released. Idempotent.
     */
    @Override
    public void close() {
        transport.close();
        provider.dispose();
    }

    /**
     * As {@link #close()}, completing when the pooled connections are closed.
     * @return a Mono that closes the client when subscribed and completes when its connections are released
     */
    public Mono<Void> closeLater() {
        return Mono.defer(() -> {
            transport.close();
            return provider.disposeLater();
        });
    }

    /**
     * Closes the client after the calls in flight finish: new calls fail at once with
     * {@link ClientClosedException} from subscription on; calls in flight may go on (and retry)
     * for up to {@code grace}, then whatever is left is cancelled as by {@link #close()}.
     * Completes when the client is closed and its connections released.
     *
     * @param grace how long calls in flight may take to finish, 0 .. 10 minutes
     * @return a Mono that closes the client when subscribed
     */
    public Mono<Void> closeGracefully(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("grace must be in 0 .. 10 minutes, was " + grace);
        }
        return transport.closeGracefully(grace).then(Mono.defer(provider::disposeLater));
    }

    /**
     * Whether {@link #close()} (or a graceful close) has completed its closing.
     * @return true once the client is closed; every call then fails with {@link ClientClosedException}
     */
    public boolean isClosed() {
        return transport.isClosed();
    }

    @Override
    public String toString() {
        return "BiliClient[" + credentials + ", " + endpoints + "]";
    }

    /** Builds a {@link BiliClient}; every setter validates its argument. */
    public static final class Builder {
        private Credentials credentials = Credentials.none();
        private CredentialSource source;
        private boolean deviceIds;
        private boolean biliTicket;
        private Endpoints endpoints = Endpoints.production();
        private Clock clock = Clock.systemUTC();
        private Scheduler scheduler;
        private RateLimit rateLimit = RateLimit.defaults();
        private final Map<Host, RateLimit> rateLimits = new EnumMap<>(Host.class);
        private RetryPolicy retry = RetryPolicy.defaults();
        private RateBudget rateBudget;
        private BudgetKey budgetKey = BudgetKey.perHost();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration responseTimeout = Duration.ofSeconds(15);
        private Duration pendingAcquireTimeout = Duration.ofSeconds(45);
        private int maxConnections = 50;
        private int maxPendingAcquires = 10_000;
        private Duration deadline = Duration.ofSeconds(15);
        private int maxResponseSize = 8 * 1024 * 1024;
        private Duration wbiKeyTtl = Duration.ofHours(1);
        private String userAgent = DEFAULT_USER_AGENT;
        private String referer = DEFAULT_REFERER;
        private java.util.function.UnaryOperator<HttpClient> httpCustomizer = java.util.function.UnaryOperator.identity();
        private BiliObserver observer = BiliObserver.NONE;
        private ProxyConfig proxy;

        private Builder() {
        }

        /**
         * Who the client acts as (default: nobody).
         * @param credentials who the client acts as
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            this.source = null;
            return this;
        }

        /**
         * Credentials read anew for every attempt, such as a {@link Session} that refreshes itself;
         * replaces {@link #credentials(Credentials)}.
         *
         * @param source the source
         * @return this builder
         */
        public Builder credentials(CredentialSource source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * A web session whose cookies may change while the client runs (same as
         * {@code credentials((CredentialSource) session)}).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            return credentials((CredentialSource) Objects.requireNonNull(session, "session"));
        }

        /**
         * Whether to fetch the web device ids {@code buvid3}/{@code buvid4} once from {@code finger/spi}
         * and send them when the credentials carry none (default {@code false}; they lower the
         * risk-control rate of the live service).
         *
         * @param on whether to
         * @return this builder
         */
        public Builder deviceIds(boolean on) {
            this.deviceIds = on;
            return this;
        }

        /**
         * Whether to fetch the {@code bili_ticket} cookie (GenWebTicket) and send it, renewing it a day
         * before its three days run out (default {@code false}).
         *
         * @param on whether to
         * @return this builder
         */
        public Builder biliTicket(boolean on) {
            this.biliTicket = on;
            return this;
        }

        /**
         * Where the hosts are (default: production, HTTPS).
         * @param endpoints where the hosts are
         * @return this builder
         */
        public Builder endpoints(Endpoints endpoints) {
            this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
            return this;
        }

        /**
         * The clock for {@code ts}, {@code wts}, key expiry, cool-downs and rate limits.
         * @param clock the clock to read the time from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The scheduler waits run on (default: Reactor's parallel scheduler, resolved at each use).
         * @param scheduler the scheduler
         * @return this builder
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * The rate limit of every host without its own.
         * @param limit the limit
         * @return this builder
         */
        public Builder rateLimit(RateLimit limit) {
            this.rateLimit = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /**
         * The rate limit of one host.
         * @param host the host
         * @param limit the limit
         * @return this builder
         */
        public Builder rateLimit(Host host, RateLimit limit) {
            rateLimits.put(Objects.requireNonNull(host, "host"), Objects.requireNonNull(limit, "limit"));
            return this;
        }

        /**
         * Where the rate limits and cool-downs are kept (default: {@link RateBudget#inProcess(Clock)}
         * on this client's clock, of this client alone). Give several clients one budget, or a
         * shared one such as {@code biliflux-redis}'s, to make them share their permits and pauses.
         *
         * @param budget the budget
         * @return this builder
         */
        public Builder rateBudget(RateBudget budget) {
            this.rateBudget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * Which budget key the requests count against (default {@link BudgetKey#perHost()}).
         *
         * @param key the key choice
         * @return this builder
         */
        public Builder budgetKey(BudgetKey key) {
            this.budgetKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * How retries wait and how many attempts are made.
         * @param retry the retry policy (default {@link RetryPolicy#defaults()}: 4 attempts, 500 ms doubling to at most 15 s)
         * @return this builder
         */
        public Builder retry(RetryPolicy retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /**
         * The connect timeout, 1 ms .. 5 minutes (default 5 s).
         * @param d the duration
         * @return this builder
         */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = checkDuration(d, "connectTimeout", Duration.ofMinutes(5));
            return this;
        }

        /**
         * The idle-read response timeout, 1 ms .. 10 minutes (default 15 s): how long the answer
         * may stay silent. Every byte resets it; the {@link #deadline(Duration)} bounds the whole.
         * @param d the longest silence between two bytes of the answer, 1 ms .. 10 minutes
         * @return this builder
         */
        public Builder responseTimeout(Duration d) {
            this.responseTimeout = checkDuration(d, "responseTimeout", Duration.ofMinutes(10));
            return this;
        }

        /**
         * The deadline of one attempt, 1 ms .. 10 minutes (default 15 s): from the moment a pooled
         * connection takes the request, sending it and reading the whole answer must end within it,
         * however the server drips (the wait for a connection has its own acquire timeout). When
         * it passes ({@link DeadlineExceededException}) a read is retried per the retry policy and a
         * mutation that a connection had taken ends as {@link OutcomeUnknownException}.
         * @param d how long one attempt may take, from a connection taking the request to the answer's last byte; 1 ms .. 10 minutes
         * @return this builder
         */
        public Builder deadline(Duration d) {
            this.deadline = checkDuration(d, "deadline", Duration.ofMinutes(10));
            return this;
        }

        /**
         * The largest answer read, 1 KiB .. 1 GiB (default 8 MiB), counted while the body streams
         * in: nothing past it is buffered, and a {@code Content-Length} over it is refused before
         * the body is read ({@link ResponseTooLargeException}; a mutation's: outcome unknown).
         * @param bytes the cap on one answer's body, in bytes, 1024 .. 2^30
         * @return this builder
         */
        public Builder maxResponseSize(int bytes) {
            this.maxResponseSize = Check.range("maxResponseSize", bytes, 1024, 1 << 30);
            return this;
        }

        /**
         * How many requests may wait for a pooled connection at once, 1 .. 1,000,000 (default
         * 10,000). One more fails at once with {@link PoolExhaustedException} (nothing sent).
         * @param n the most requests queued for a connection at once, 1 .. 1,000,000
         * @return this builder
         */
        public Builder maxPendingAcquires(int n) {
            this.maxPendingAcquires = Check.range("maxPendingAcquires", n, 1, 1_000_000);
            return this;
        }

        /**
         * How long a request waits for a pooled connection, 1 ms .. 10 minutes (default 45 s); then
         * it fails with {@link PoolExhaustedException} (nothing sent; retried like a connect error).
         * @param d the longest wait for a pooled connection, 1 ms .. 10 minutes
         * @return this builder
         */
        public Builder pendingAcquireTimeout(Duration d) {
            this.pendingAcquireTimeout = checkDuration(d, "pendingAcquireTimeout", Duration.ofMinutes(10));
            return this;
        }

        /**
         * The most connections in the pool, 1..1000 (default 50).
         * @param n the most connections the pool holds at once, 1..1000
         * @return this builder
         */
        public Builder maxConnections(int n) {
            if (n < 1 || n > 1000) {
                throw new IllegalArgumentException("maxConnections must be in 1..1000, was " + n);
            }
            this.maxConnections = n;
            return this;
        }

        /**
         * How long WBI keys are cached, 1 s .. 7 days (default 1 hour).
         * @param d the duration
         * @return this builder
         */
        public Builder wbiKeyTtl(Duration d) {
            Objects.requireNonNull(d, "wbiKeyTtl");
            if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(Duration.ofDays(7)) > 0) {
                throw new IllegalArgumentException("wbiKeyTtl must be in 1 s .. 7 days, was " + d);
            }
            this.wbiKeyTtl = d;
            return this;
        }

        /**
         * The User-Agent header (default: a desktop browser's).
         * @param userAgent the user agent
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = checkHeader(userAgent, "userAgent");
            return this;
        }

        /**
         * The Referer header (default {@code https://www.bilibili.com/}).
         * @param referer the referer
         * @return this builder
         */
        public Builder referer(String referer) {
            this.referer = checkHeader(referer, "referer");
            return this;
        }

        /**
         * Tells {@code observer} about every call, retry, throttling answer, permit wait and page
         * (biliflux-micrometer's {@code BiliMetrics} records them in a {@code MeterRegistry}).
         * @param observer the observer (default {@link BiliObserver#NONE})
         * @return this builder
         */
        public Builder observer(BiliObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * Sends every request through a proxy (HTTP CONNECT or SOCKS5), except to the hosts that
         * {@link ProxyConfig#nonProxyHosts(String...)} names.
         * @param proxy the proxy
         * @return this builder
         */
        public Builder proxy(ProxyConfig proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * Customises the Reactor Netty client (a proxy, TLS settings, metrics, observers). Redirects
         * stay off whatever it sets: credentials never follow a redirect to another host.
         * @param customizer the customizer
         * @return this builder
         */
        public Builder httpClient(java.util.function.UnaryOperator<HttpClient> customizer) {
            this.httpCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        private static String checkHeader(String v, String name) {
            return Check.headerValue(name, v);
        }

        private static Duration checkDuration(Duration d, String name, Duration max) {
            Objects.requireNonNull(d, name);
            if (d.compareTo(Duration.ofMillis(1)) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(name + " must be in 1 ms .. " + max + ", was " + d);
            }
            return d;
        }

        /**
         * The client.
         * @return the client
         */
        public BiliClient build() {
            return new BiliClient(this);
        }
    }
}
