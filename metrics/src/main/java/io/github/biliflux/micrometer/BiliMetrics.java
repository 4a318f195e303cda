package io.github.biliflux.micrometer;

import io.github.biliflux.core.BiliObserver;
import io.github.biliflux.core.Route;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.netty.resources.ConnectionProvider;

/**
 * Records what a {@code BiliClient} does in a Micrometer {@link MeterRegistry}. Register it once
 * per client: {@code BiliClient.builder().observer(BiliMetrics.of(registry)).build()}; clients
 * sharing a registry need distinct {@link Builder#name(String) names}, since meters with the same
 * name and tags are one meter (the in-flight gauge would follow only the first).
 *
 * <table>
 * <caption>Meters (every one also tagged {@code client}, the name given to the builder)</caption>
 * <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 * <tr><td>{@code biliflux.requests}</td><td>timer</td><td>{@code route}, {@code host}, {@code method}, {@code outcome}</td>
 *     <td>calls and their latency, retries and permit waits included</td></tr>
 * <tr><td>{@code biliflux.requests.active}</td><td>gauge</td><td></td><td>calls in flight</td></tr>
 * <tr><td>{@code biliflux.retries}</td><td>counter</td><td>{@code route}, {@code host}</td><td>attempts after the first</td></tr>
 * <tr><td>{@code biliflux.throttled}</td><td>counter</td><td>{@code route}, {@code host}</td>
 *     <td>throttling answers (HTTP 412, -412, -509, -799, -352)</td></tr>
 * <tr><td>{@code biliflux.cooldown}</td><td>timer</td><td>{@code host}</td><td>the cool-down each throttling answer left the host in</td></tr>
 * <tr><td>{@code biliflux.permit.wait}</td><td>timer</td><td>{@code route}, {@code host}</td><td>time each attempt waited for a rate-limit permit</td></tr>
 * <tr><td>{@code biliflux.pages}</td><td>counter</td><td>{@code route}</td><td>pages a {@code PagedFlux} received</td></tr>
 * <tr><td>{@code biliflux.entries}</td><td>counter</td><td>{@code route}</td><td>entries those pages brought (duplicates removed)</td></tr>
 * <tr><td>{@code reactor.netty.connection.provider.*}</td><td>gauges</td><td>{@code name}, {@code id}, {@code remote.address}</td>
 *     <td>Reactor Netty's pool: {@code total}, {@code active}, {@code idle}, {@code pending}, {@code max} connections and {@code max.pending}</td></tr>
 * </table>
 *
 * <p>Tag values are few and fixed: {@code route} is the spec id ({@code R1}, {@code A9},
 * {@code nav} for the WBI keys), {@code host} one of {@code api}, {@code manga}, {@code passport},
 * {@code www}, {@code method} GET or POST, {@code outcome} a {@link BiliObserver.Outcome} in lower
 * case ({@code success}, {@code api_error}, {@code throttled} ...). Never a URL, a mid or a query.
 * Timers publish no percentiles and no histogram unless the builder asks for them.
 */
public final class BiliMetrics implements BiliObserver {

    private final MeterRegistry registry;
    private final Tags common;
    private final double[] percentiles;
    private final boolean histogram;
    private final ConnectionProvider.MeterRegistrar pool;
    private final AtomicInteger active = new AtomicInteger();
    private final Map<Object, Object> meters = new ConcurrentHashMap<>();

    private BiliMetrics(Builder b) {
        this.registry = b.registry;
        this.common = Tags.of("client", b.name);
        this.percentiles = b.percentiles.clone();
        this.histogram = b.histogram;
        this.pool = b.poolMetrics ? new PoolMetrics(registry, common) : null;
        Gauge.builder("biliflux.requests.active", active, AtomicInteger::get)
                .description("biliflux calls in flight")
                .tags(common)
                .register(registry);
    }

    /**
     * Metrics in {@code registry} with the defaults: client name {@code default}, no
     * percentiles, no histogram, Reactor Netty's pool gauges on.
     * @param registry where the meters go
     * @return the observer to register with {@code BiliClient.builder().observer(...)}
     */
    public static BiliMetrics of(MeterRegistry registry) {
        return builder(registry).build();
    }

    /**
     * A builder of metrics in {@code registry}.
     * @param registry where the meters go
     * @return the builder
     */
    public static Builder builder(MeterRegistry registry) {
        return new Builder(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    public void requestStarted(Route route) {
        active.incrementAndGet();
    }

    @Override
    public void requestFinished(Route route, Outcome outcome, Throwable error, Duration latency) {
        active.decrementAndGet();
        requests(route, outcome).record(latency);
    }

    @Override
    public void retried(Route route, int attempt) {
        counter("biliflux.retries", "attempts after the first", route, true).increment();
    }

    @Override
    public void throttled(Route route, Duration cooldown) {
        counter("biliflux.throttled", "throttling answers", route, true).increment();
        String host = host(route);
        ((Timer) meters.computeIfAbsent(new Key("biliflux.cooldown", host, null, null, null), k ->
                timer("biliflux.cooldown", "the cool-down a throttling answer left the host in", Tags.of("host", host), false)))
                .record(cooldown);
    }

    @Override
    public void permitAcquired(Route route, Duration waited) {
        ((Timer) meters.computeIfAbsent(new Key("biliflux.permit.wait", host(route), route.id(), null, null), k ->
                timer("biliflux.permit.wait", "time an attempt waited for a rate-limit permit",
                        Tags.of("route", route.id(), "host", host(route)), false)))
                .record(waited);
    }

    @Override
    public void pageReceived(Route route, int entries) {
        counter("biliflux.pages", "pages received by paged streams", route, false).increment();
        counter("biliflux.entries", "entries streamed by paged streams (duplicates removed)", route, false).increment(entries);
    }

    @Override
    public ConnectionProvider.MeterRegistrar connectionPoolMetrics() {
        return pool;
    }

    /**
     * The calls in flight now.
     * @return the value of {@code biliflux.requests.active}
     */
    public int activeRequests() {
        return active.get();
    }

    private Timer requests(Route route, Outcome outcome) {
        return (Timer) meters.computeIfAbsent(new Key("biliflux.requests", host(route), route.id(), route.method().name(), outcome), k ->
                timer("biliflux.requests", "biliflux calls, all attempts and waits included",
                        Tags.of("route", route.id(), "host", host(route), "method", route.method().name(),
                                "outcome", outcome.name().toLowerCase(Locale.ROOT)), true));
    }

    private Counter counter(String name, String description, Route route, boolean withHost) {
        String host = withHost ? host(route) : null;
        return (Counter) meters.computeIfAbsent(new Key(name, host, route.id(), null, null), k -> {
            Tags tags = withHost ? Tags.of("route", route.id(), "host", host) : Tags.of("route", route.id());
            return Counter.builder(name).description(description).tags(common).tags(tags).register(registry);
        });
    }

    private Timer timer(String name, String description, Tags tags, boolean distribution) {
        Timer.Builder b = Timer.builder(name).description(description).tags(common).tags(tags);
        if (distribution) {
            if (percentiles.length > 0) {
                b.publishPercentiles(percentiles);
            }
            b.publishPercentileHistogram(histogram);
        }
        return b.register(registry);
    }

    private static String host(Route route) {
        return route.host().name().toLowerCase(Locale.ROOT);
    }

    private record Key(String name, String host, String route, String method, Outcome outcome) {
    }

    @Override
    public String toString() {
        return "BiliMetrics[" + common + "]";
    }

    /** Options of {@link BiliMetrics}; every one has a default. */
    public static final class Builder {
        private final MeterRegistry registry;
        private String name = "default";
        private double[] percentiles = new double[0];
        private boolean histogram;
        private boolean poolMetrics = true;

        private Builder(MeterRegistry registry) {
            this.registry = registry;
        }

        /**
         * The value of the {@code client} tag, to tell several clients apart.
         * @param name a short fixed name, 1..64 characters (default {@code default})
         * @return this builder
         */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || name.length() > 64) {
                throw new IllegalArgumentException("name must be 1..64 characters and not blank, was \"" + name + "\"");
            }
            this.name = name;
            return this;
        }

        /**
         * Percentiles {@code biliflux.requests} publishes (client-side, per meter), e.g. 0.5, 0.99.
         * @param percentiles each in 0..1 (default none)
         * @return this builder
         */
        public Builder percentiles(double... percentiles) {
            for (double p : Objects.requireNonNull(percentiles, "percentiles")) {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("percentiles must be in 0..1, was " + p);
                }
            }
            this.percentiles = percentiles.clone();
            return this;
        }

        /**
         * Whether {@code biliflux.requests} publishes a percentile histogram (for Prometheus's
         * {@code histogram_quantile}).
         * @param histogram whether to publish it (default false)
         * @return this builder
         */
        public Builder percentileHistogram(boolean histogram) {
            this.histogram = histogram;
            return this;
        }

        /**
         * Whether Reactor Netty's connection-pool gauges go to the same registry.
         * @param enabled whether to register them (default true)
         * @return this builder
         */
        public Builder connectionPoolMetrics(boolean enabled) {
            this.poolMetrics = enabled;
            return this;
        }

        /**
         * The metrics, registering {@code biliflux.requests.active} at once.
         * @return the observer to register with {@code BiliClient.builder().observer(...)}
         */
        public BiliMetrics build() {
            return new BiliMetrics(this);
        }
    }
}
