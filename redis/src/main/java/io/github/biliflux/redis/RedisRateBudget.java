package io.github.biliflux.redis;

import io.github.biliflux.core.RateBudget;
import io.github.biliflux.core.RateBudgetExceededException;
import io.github.biliflux.core.RateBudgetUnavailableException;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.internal.LocalRateBudget;
import io.github.biliflux.redis.internal.WaitCapture;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * A {@link RateBudget} shared by every process and machine that uses the same Redis and key: one
 * evenly paced token bucket per key (Bucket4j over Lettuce: capacity 1, refilled greedily one token
 * every period/permits, permits reserved ahead so waiters queue instead of polling), and one
 * cool-down per key (a Redis key with an expiry, {@code SET PX}), the doubling streak kept in Redis
 * too, so a throttling answer seen by any process pauses all of them, once per episode.
 *
 * <pre>{@code
 * RedisRateBudget budget = RedisRateBudget.builder("redis://127.0.0.1:6379").build();
 * BiliClient bili = BiliClient.builder().rateBudget(budget).budgetKey(BudgetKey.perEgressIp("203.0.113.7")).build();
 * }</pre>
 *
 * <p>Every key expires: a bucket soon after it is full again, a cool-down when it ends, a streak
 * twice the longest cool-down after the last throttling answer (or at the next good answer).
 * Every Redis command is bounded by the command timeout; when Redis is down or slower than that, the
 * {@link WhenUnavailable} policy decides (default: fail with {@link RateBudgetUnavailableException}).
 * Bucket4j paces on the clients' clocks: keep the machines' clocks synchronised (NTP).
 */
public final class RedisRateBudget implements RateBudget, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateBudget.class);

    /** KEYS: cool-down, streak; ARGV: first pause ms, longest pause ms, random in [0,1), streak ttl ms. */
    private static final String THROTTLED = """
            local left = redis.call('PTTL', KEYS[1])
            if left > 0 then return left end
            local streak = redis.call('INCR', KEYS[2])
            redis.call('PEXPIRE', KEYS[2], ARGV[4])
            if streak > 20 then streak = 20 end
            local pause = math.min(tonumber(ARGV[1]) * 2 ^ (streak - 1), tonumber(ARGV[2]))
            local half = math.floor(pause / 2)
            local jittered = half
            if pause > 1 then jittered = half + math.floor(tonumber(ARGV[3]) * (half + 1)) end
            if jittered < 1 then return 0 end
            redis.call('SET', KEYS[1], streak, 'PX', jittered)
            return jittered
            """;

    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final RedisReactiveCommands<byte[], byte[]> redis;
    private final AsyncProxyManager<byte[]> buckets;
    private final Map<String, AsyncBucketProxy> proxies = new ConcurrentHashMap<>();
    private final Map<String, Boolean> streakSeen = new ConcurrentHashMap<>();
    private final LocalRateBudget local;
    private final String prefix;
    private final Duration timeout;
    private final WhenUnavailable whenUnavailable;
    private final String where;
    private final AtomicBoolean degraded = new AtomicBoolean();

    private RedisRateBudget(Builder b) {
        this.prefix = b.prefix;
        this.timeout = b.commandTimeout;
        this.whenUnavailable = b.whenUnavailable;
        this.local = new LocalRateBudget(b.clock);
        this.where = b.uri.getHost() + ":" + b.uri.getPort();
        this.client = RedisClient.create(b.uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // While Redis is away, fail at once (and let the policy decide) instead of queueing commands.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(b.connectTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(b.commandTimeout))
                .build());
        try {
            this.connection = client.connect(ByteArrayCodec.INSTANCE);
        } catch (RuntimeException e) {
            client.shutdown(0, 1, TimeUnit.SECONDS);
            throw new RateBudgetUnavailableException(null, "cannot connect to Redis at " + where + " (" + e.getClass().getSimpleName() + ")", e);
        }
        this.redis = connection.reactive();
        Clock clock = b.clock;
        TimeMeter meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant i = clock.instant();
                return i.getEpochSecond() * 1_000_000_000L + i.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .clientClock(meter)
                .requestTimeout(b.commandTimeout)
                // A bucket's key lives until the bucket is full again, and 10 s more.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build()
                .asAsync();
    }

    /**
     * A builder for the Redis at {@code uri} ({@code redis://host:port}, {@code rediss://...}; a
     * password in it never appears in messages or {@code toString()}).
     *
     * @param uri the Redis URI
     * @return a builder
     */
    public static Builder builder(String uri) {
        return new Builder(RedisURI.create(Objects.requireNonNull(uri, "uri")));
    }

    /**
     * A builder for the Redis at {@code uri}.
     *
     * @param uri the Redis URI
     * @return a builder
     */
    public static Builder builder(RedisURI uri) {
        return new Builder(Objects.requireNonNull(uri, "uri"));
    }

    private byte[] redisKey(String key, String what) {
        // One hash slot per budget key, so the cool-down script's two keys stay together on a cluster.
        return (prefix + ":{" + key + "}:" + what).getBytes(StandardCharsets.UTF_8);
    }

    private AsyncBucketProxy bucket(String key, RateLimit limit) {
        return proxies.computeIfAbsent(key, k -> {
            long interval = Math.max(1, limit.period().toNanos() / limit.permits());
            // Capacity 1, greedy refill: one permit every period/permits, never a burst, so a server
            // counting any sliding window never sees more than the rate (plus the one permit in hand).
            BucketConfiguration config = BucketConfiguration.builder()
                    .addLimit(l -> l.capacity(1).refillGreedy(1, Duration.ofNanos(interval)))
                    .build();
            Supplier<CompletableFuture<BucketConfiguration>> supplier = () -> CompletableFuture.completedFuture(config);
            return buckets.builder().build(redisKey(k, "bucket"), supplier);
        });
    }

    @Override
    public Mono<Duration> reserve(String key, RateLimit limit) {
        if (!limit.limited()) {
            return Mono.just(Duration.ZERO);
        }
        return Mono.defer(() -> {
            WaitCapture wait = new WaitCapture();
            long maxWait = Math.max(1, limit.maxWait().toNanos());
            return Mono.fromFuture(() -> bucket(key, limit).asScheduler().tryConsume(1, maxWait, wait))
                    .timeout(timeout)
                    .doOnNext(ok -> recovered())
                    .<Duration>handle((ok, sink) -> {
                        if (ok) {
                            sink.next(Duration.ofNanos(wait.nanos()));
                        } else {
                            sink.error(new RateBudgetExceededException(null, "no rate-limit permit for " + key + " within "
                                    + limit.maxWait() + " (" + limit.permits() + " per " + limit.period() + ", shared on Redis)"));
                        }
                    })
                    .onErrorResume(e -> !(e instanceof RateBudgetExceededException),
                            e -> unavailable(key, e, () -> local.reserveNow(key, share(limit))));
        });
    }

    private RateLimit share(RateLimit limit) {
        int permits = Math.max(1, (int) Math.floor(limit.permits() * whenUnavailable.share()));
        return new RateLimit(permits, limit.period(), limit.maxWait(), limit.cooldown(), limit.maxCooldown());
    }

    @Override
    public Mono<Duration> cooldown(String key) {
        return redis.pttl(redisKey(key, "cool"))
                .timeout(timeout)
                .doOnNext(ms -> recovered())
                .map(ms -> {
                    if (ms > 0) {
                        streakSeen.put(key, Boolean.TRUE);
                    }
                    // A throttling answer this process saw while Redis was away still counts here.
                    return Duration.ofMillis(Math.max(Math.max(ms, 0), local.cooldownMillis(key)));
                })
                .onErrorResume(e -> unavailable(key, e, () -> Duration.ofMillis(local.cooldownMillis(key))));
    }

    @Override
    public Mono<Duration> throttled(String key, RateLimit limit) {
        return Mono.defer(() -> {
            streakSeen.put(key, Boolean.TRUE);
            long streakTtl = Math.max(10_000, 2 * limit.maxCooldown().toMillis());
            byte[][] keys = {redisKey(key, "cool"), redisKey(key, "streak")};
            byte[][] args = {num(limit.cooldown().toMillis()), num(limit.maxCooldown().toMillis()),
                    Double.toString(ThreadLocalRandom.current().nextDouble()).getBytes(StandardCharsets.US_ASCII), num(streakTtl)};
            return redis.<Long>eval(THROTTLED, ScriptOutputType.INTEGER, keys, args)
                    .next()
                    .timeout(timeout)
                    .doOnNext(ms -> recovered())
                    .map(Duration::ofMillis)
                    // Locally too: this process pauses even if Redis lost the write.
                    .onErrorResume(e -> unavailable(key, e, () -> Duration.ofMillis(local.throttledNow(key, limit))));
        });
    }

    private static byte[] num(long v) {
        return Long.toString(v).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public Mono<Void> succeeded(String key) {
        return Mono.defer(() -> {
            local.succeededNow(key);
            if (streakSeen.remove(key) == null) {
                return Mono.empty(); // no throttling seen here: nothing to end, no command per request
            }
            return redis.del(redisKey(key, "streak")).timeout(timeout).then()
                    .onErrorResume(e -> Mono.empty());
        });
    }

    private <T> Mono<T> unavailable(String key, Throwable e, Supplier<T> fallback) {
        if (degraded.compareAndSet(false, true)) {
            log.warn("Redis at {} did not answer for budget {} ({}): {}", where, key, e.getClass().getSimpleName(),
                    whenUnavailable.fails() ? "failing calls until it is back" : "falling back to a local share of " + whenUnavailable.share());
        }
        if (whenUnavailable.fails()) {
            return Mono.error(new RateBudgetUnavailableException(null, "the Redis budget " + key + " at " + where
                    + " did not answer within " + timeout + " (" + e.getClass().getSimpleName() + ")", e));
        }
        return Mono.fromSupplier(fallback);
    }

    private void recovered() {
        if (degraded.get() && degraded.compareAndSet(true, false)) {
            log.info("Redis at {} answers again: the budget is shared again", where);
        }
    }

    /**
     * Whether the last Redis command failed (the budget is failing calls or running on its local share).
     *
     * @return true while Redis is away
     */
    public boolean degraded() {
        return degraded.get();
    }

    /** Closes the connection to Redis. */
    @Override
    public void close() {
        connection.close();
        client.shutdown(0, 2, TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "RedisRateBudget[" + where + ", prefix " + prefix + ", " + whenUnavailable + "]";
    }

    /** Builds a {@link RedisRateBudget}; every setter validates its argument. */
    public static final class Builder {
        private final RedisURI uri;
        private String prefix = "biliflux";
        private Duration commandTimeout = Duration.ofMillis(500);
        private Duration connectTimeout = Duration.ofSeconds(2);
        private WhenUnavailable whenUnavailable = WhenUnavailable.fail();
        private Clock clock = Clock.systemUTC();

        private Builder(RedisURI uri) {
            this.uri = uri;
        }

        /**
         * The prefix of every Redis key (default {@code biliflux}).
         *
         * @param prefix 1..50 characters of letters, digits and {@code . _ : -}
         * @return this builder
         */
        public Builder prefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (!prefix.matches("[A-Za-z0-9._:\\-]{1,50}")) {
                throw new IllegalArgumentException("prefix must be 1..50 characters of letters, digits and . _ : -, was \"" + prefix + "\"");
            }
            this.prefix = prefix;
            return this;
        }

        /**
         * How long one Redis command may take before the {@link WhenUnavailable} policy applies,
         * 1 ms .. 1 minute (default 500 ms).
         *
         * @param d the timeout
         * @return this builder
         */
        public Builder commandTimeout(Duration d) {
            this.commandTimeout = check(d, "commandTimeout");
            return this;
        }

        /**
         * How long connecting (and each reconnection attempt) may take, 1 ms .. 1 minute (default 2 s).
         *
         * @param d the timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = check(d, "connectTimeout");
            return this;
        }

        /**
         * What happens while Redis does not answer (default {@link WhenUnavailable#fail()}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder whenUnavailable(WhenUnavailable policy) {
            this.whenUnavailable = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The clock of the pacing and the local fallback (default the system clock; every process
         * sharing a budget must read synchronised clocks).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        private static Duration check(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.compareTo(Duration.ofMillis(1)) < 0 || d.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException(name + " must be in 1 ms .. 1 minute, was " + d);
            }
            return d;
        }

        /**
         * Connects to Redis (bounded by the connect timeout).
         *
         * @return the budget
         * @throws RateBudgetUnavailableException when Redis cannot be reached
         */
        public RedisRateBudget build() {
            return new RedisRateBudget(this);
        }
    }
}
