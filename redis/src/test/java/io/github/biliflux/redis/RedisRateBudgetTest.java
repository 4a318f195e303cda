package io.github.biliflux.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.BudgetKey;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.RateBudgetExceededException;
import io.github.biliflux.core.RateBudgetUnavailableException;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.core.Route;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The Redis budget in one JVM: two budget instances stand for two processes on one real redis-server. */
@Timeout(60)
class RedisRateBudgetTest {

    static RedisServer server;
    static RedisClient admin;
    static StatefulRedisConnection<String, String> adminConnection;
    final Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    final List<RedisRateBudget> opened = new java.util.ArrayList<>();

    @BeforeAll
    static void startRedis() {
        server = RedisServer.start();
        admin = RedisClient.create(server.uri());
        adminConnection = admin.connect();
    }

    @AfterAll
    static void stopRedis() {
        if (adminConnection != null) {
            adminConnection.close();
            admin.shutdown();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeBudgets() {
        opened.forEach(RedisRateBudget::close);
        if (server.command("PING") == null) {
            server.restart();
        }
        server.command("FLUSHALL");
    }

    RedisRateBudget budget(RedisRateBudget.Builder b) {
        RedisRateBudget budget = b.build();
        opened.add(budget);
        return budget;
    }

    RedisRateBudget budget() {
        return budget(RedisRateBudget.builder(server.uri()).clock(fixed).commandTimeout(Duration.ofMillis(300)));
    }

    static Duration reserve(RedisRateBudget b, String key, RateLimit limit) {
        return b.reserve(key, limit).block(Duration.ofSeconds(5));
    }

    @Test
    void twoBudgetsOnOneKeyQueueTheirPermitsEvenly() {
        RedisRateBudget a = budget();
        RedisRateBudget b = budget();
        RateLimit twoPerSecond = RateLimit.perSecond(2);
        // The clock stands still: every reservation queues behind the one before, whoever made it.
        assertThat(reserve(a, "k", twoPerSecond)).isZero();
        assertThat(reserve(b, "k", twoPerSecond)).isEqualTo(Duration.ofMillis(500));
        assertThat(reserve(a, "k", twoPerSecond)).isEqualTo(Duration.ofMillis(1000));
        assertThat(reserve(b, "k", twoPerSecond)).isEqualTo(Duration.ofMillis(1500));
        assertThat(reserve(b, "other", twoPerSecond)).isZero();
        assertThat(reserve(a, "k", RateLimit.unlimited())).isZero();
    }

    @Test
    void aPermitBeyondMaxWaitFailsAndTakesNothing() {
        RedisRateBudget a = budget();
        RateLimit impatient = RateLimit.perSecond(1).withMaxWait(Duration.ofMillis(600));
        assertThat(reserve(a, "k", impatient)).isZero();
        assertThatThrownBy(() -> reserve(a, "k", impatient)).isInstanceOf(RateBudgetExceededException.class)
                .hasMessageContaining("no rate-limit permit for k");
        assertThat(reserve(budget(), "k", RateLimit.perSecond(1))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aThrottlingAnswerInOneProcessCoolsTheOthersDownOncePerEpisode() {
        RedisRateBudget a = budget();
        RedisRateBudget b = budget();
        RateLimit limit = RateLimit.perSecond(4).withCooldown(Duration.ofSeconds(20), Duration.ofSeconds(60));
        Duration first = a.throttled("k", limit).block(Duration.ofSeconds(5));
        assertThat(first.toMillis()).isBetween(10_000L, 20_000L);
        assertThat(b.cooldown("k").block(Duration.ofSeconds(5)).toMillis()).isBetween(first.toMillis() - 2000, first.toMillis());
        // b's answers to requests sent before the pause: the same episode, no doubling.
        assertThat(b.throttled("k", limit).block(Duration.ofSeconds(5)).toMillis()).isLessThanOrEqualTo(first.toMillis());
        assertThat(adminConnection.sync().get("biliflux:{k}:streak")).isEqualTo("1");
        assertThat(b.cooldown("other").block(Duration.ofSeconds(5))).isZero();
    }

    @Test
    void theDoublingStreakIsSharedAndAGoodAnswerEndsIt() {
        RedisRateBudget a = budget();
        RedisRateBudget b = budget();
        RateLimit limit = RateLimit.perSecond(4).withCooldown(Duration.ofMillis(40), Duration.ofSeconds(60));
        assertThat(a.throttled("k", limit).block(Duration.ofSeconds(5)).toMillis()).isBetween(20L, 40L);
        awaitNoCooldown(b, "k");
        assertThat(b.throttled("k", limit).block(Duration.ofSeconds(5)).toMillis()).isBetween(40L, 80L); // the second episode, seen by b
        awaitNoCooldown(a, "k");
        a.succeeded("k").block(Duration.ofSeconds(5));
        assertThat(adminConnection.sync().exists("biliflux:{k}:streak")).isZero();
        assertThat(b.throttled("k", limit).block(Duration.ofSeconds(5)).toMillis()).isBetween(20L, 40L);
    }

    static void awaitNoCooldown(RedisRateBudget budget, String key) {
        // Redis expires the cool-down in real time: poll it, bounded.
        Mono.defer(() -> budget.cooldown(key)).filter(Duration::isZero)
                .repeatWhenEmpty(200, f -> f.delayElements(Duration.ofMillis(5), Schedulers.single()))
                .block(Duration.ofSeconds(5));
    }

    @Test
    void everyKeyItWritesExpires() {
        RedisRateBudget a = budget(RedisRateBudget.builder(server.uri()).prefix("t1"));
        RateLimit limit = RateLimit.perSecond(10).withCooldown(Duration.ofSeconds(2), Duration.ofSeconds(8));
        reserve(a, "k", limit);
        a.throttled("k", limit).block(Duration.ofSeconds(5));
        var redis = adminConnection.sync();
        List<String> keys = redis.keys("t1:*");
        assertThat(keys).containsExactlyInAnyOrder("t1:{k}:bucket", "t1:{k}:cool", "t1:{k}:streak");
        assertThat(redis.pttl("t1:{k}:bucket")).isBetween(1L, 10_100L + 100);   // full again after 100 ms, + 10 s
        assertThat(redis.pttl("t1:{k}:cool")).isBetween(1L, 2_000L);
        assertThat(redis.pttl("t1:{k}:streak")).isBetween(1L, 16_000L);       // twice the longest pause
    }

    @Test
    void whenRedisIsDownAFailingBudgetFailsTheCallInBoundedTimeAndNothingIsSent() {
        BiliEmulator emu = BiliEmulator.start(World.demo());
        try {
            RedisRateBudget budget = budget(RedisRateBudget.builder(server.uri()).commandTimeout(Duration.ofMillis(200)));
            BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(emu.baseUri())).retry(RetryPolicy.none())
                    .rateBudget(budget).budgetKey(BudgetKey.named("fleet")).build();
            Route nav = Route.get("nav", Host.API, "/x/web-interface/nav", Auth.NONE);
            StepVerifier.create(bili.exchangeTree(nav.request().build()).onErrorResume(e -> Mono.empty())).verifyComplete();
            long before = emu.journal().count("/x/web-interface/nav");
            server.stop();
            StepVerifier.create(bili.exchangeTree(nav.request().build()))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(RateBudgetUnavailableException.class)
                            .hasMessageContaining("name:fleet:api").hasMessageNotContaining("password"))
                    .verify(Duration.ofSeconds(5));
            assertThat(emu.journal().count("/x/web-interface/nav")).isEqualTo(before);
            assertThat(budget.degraded()).isTrue();
            bili.close();
        } finally {
            emu.close();
        }
    }

    @Test
    void whenRedisHangsEveryCommandGivesUpAtTheCommandTimeout() {
        RedisRateBudget failing = budget(RedisRateBudget.builder(server.uri()).commandTimeout(Duration.ofMillis(200)));
        RedisRateBudget sharing = budget(RedisRateBudget.builder(server.uri()).clock(fixed).commandTimeout(Duration.ofMillis(200))
                .whenUnavailable(WhenUnavailable.localShare(0.5)));
        RateLimit limit = RateLimit.perSecond(10);
        assertThat(reserve(failing, "k", limit)).isZero();
        assertThat(reserve(sharing, "k2", limit)).isZero();
        server.freeze();
        try {
            // Each answer well before the 10 s bound, though Redis never answers: the 200 ms timeout decided.
            StepVerifier.create(failing.reserve("k", limit)).expectError(RateBudgetUnavailableException.class).verify(Duration.ofSeconds(10));
            StepVerifier.create(failing.cooldown("k")).expectError(RateBudgetUnavailableException.class).verify(Duration.ofSeconds(10));
            StepVerifier.create(sharing.reserve("k2", limit)).expectNext(Duration.ZERO).verifyComplete();
            StepVerifier.create(sharing.reserve("k2", limit)).expectNext(Duration.ofMillis(200)).verifyComplete();
            StepVerifier.create(sharing.throttled("k2", limit.withCooldown(Duration.ofSeconds(4), Duration.ofSeconds(8))))
                    .assertNext(d -> assertThat(d.toMillis()).isBetween(2000L, 4000L)).verifyComplete();
            StepVerifier.create(sharing.cooldown("k2")).assertNext(d -> assertThat(d).isPositive()).verifyComplete(); // the local pause
        } finally {
            server.thaw();
        }
    }

    @Test
    void whenRedisIsDownALocalShareBudgetPacesAtItsShareAndSharesAgainWhenRedisIsBack() {
        RedisRateBudget a = budget(RedisRateBudget.builder(server.uri()).clock(fixed).commandTimeout(Duration.ofMillis(200))
                .connectTimeout(Duration.ofMillis(200)).whenUnavailable(WhenUnavailable.localShare(0.5)));
        RateLimit tenPerSecond = RateLimit.perSecond(10);
        assertThat(reserve(a, "k", tenPerSecond)).isZero();
        server.stop();
        // Half of 10 per second, in this process alone: one permit every 200 ms.
        assertThat(reserve(a, "k", tenPerSecond)).isZero();
        assertThat(reserve(a, "k", tenPerSecond)).isEqualTo(Duration.ofMillis(200));
        assertThat(a.degraded()).isTrue();
        server.restart();
        Mono.defer(() -> a.reserve("k2", tenPerSecond)).filter(d -> !a.degraded())
                .repeatWhenEmpty(400, f -> f.delayElements(Duration.ofMillis(25), Schedulers.single()))
                .block(Duration.ofSeconds(15));
        assertThat(a.degraded()).isFalse();
        assertThat(adminConnection.sync().exists("biliflux:{k2}:bucket")).isEqualTo(1);
    }

    @Test
    void settingsAreValidatedAndTheUriPasswordNeverShows() {
        assertThatThrownBy(() -> WhenUnavailable.localShare(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share must be in (0, 1]");
        assertThatThrownBy(() -> RedisRateBudget.builder(server.uri()).commandTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commandTimeout must be in 1 ms .. 1 minute");
        assertThatThrownBy(() -> RedisRateBudget.builder(server.uri()).prefix("a b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix");
        int closed = RedisServer.freePort();
        assertThatThrownBy(() -> RedisRateBudget.builder("redis://:s3cret-pw@127.0.0.1:" + closed).connectTimeout(Duration.ofMillis(300)).build())
                .isInstanceOf(RateBudgetUnavailableException.class).hasMessageContaining("127.0.0.1:" + closed).hasMessageNotContaining("s3cret");
        RedisRateBudget ok = budget(RedisRateBudget.builder("redis://127.0.0.1:" + server.port()));
        assertThat(ok.toString()).contains("127.0.0.1:" + server.port());
    }
}
