package io.github.biliflux.core;

import static io.github.biliflux.core.RateLimitTest.await;
import static io.github.biliflux.core.ScriptedServer.html;
import static io.github.biliflux.core.ScriptedServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The RateBudget SPI: budget keys, one budget shared by several clients, a budget that cannot answer. */
class RateBudgetTest {

    final ScriptedServer server = new ScriptedServer();
    final VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    final Route limited = Route.get("T", Host.API, "/x/limited", Auth.NONE);

    @AfterEach
    void close() {
        server.close();
        vts.dispose();
    }

    BiliClient client(RateBudget budget, BudgetKey key, Credentials credentials, RateLimit limit) {
        return BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri())).credentials(credentials)
                .rateLimit(limit).retry(RetryPolicy.none()).rateBudget(budget).budgetKey(key)
                .clock(Fixtures.clockOf(vts)).scheduler(vts).build();
    }

    @Test
    void budgetKeysArePerHostPerAccountPerAddressOrNamedAndCarryNoSecret() {
        Credentials app = Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID);
        assertThat(BudgetKey.perHost().keyOf(Host.API, Fixtures.cookie())).isEqualTo("host:api");
        assertThat(BudgetKey.perAccount().keyOf(Host.MANGA, Fixtures.cookie())).isEqualTo("account:4242:manga");
        assertThat(BudgetKey.perAccount().keyOf(Host.API, Credentials.none())).isEqualTo("account:anonymous:api");
        assertThat(BudgetKey.perAccount().keyOf(Host.API, app)).matches("account:app-[0-9a-f]{16}:api").doesNotContain("SECRET");
        assertThat(BudgetKey.perEgressIp("203.0.113.7").keyOf(Host.API, app)).isEqualTo("ip:203.0.113.7:api");
        assertThat(BudgetKey.named("crawler-1").keyOf(Host.WWW, app)).isEqualTo("name:crawler-1:www");
        assertThatThrownBy(() -> BudgetKey.named("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must be 1..100");
        assertThatThrownBy(() -> BudgetKey.perEgressIp("a b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
    }

    @Test
    void twoClientsOfOneAccountOnOneBudgetShareThePacedPermits() {
        server.fallback(r -> ok("{}"));
        RateBudget budget = RateBudget.inProcess(Fixtures.clockOf(vts));
        BiliClient a = client(budget, BudgetKey.perAccount(), Fixtures.cookie(), RateLimit.perSecond(2));
        BiliClient b = client(budget, BudgetKey.perAccount(), Fixtures.cookie(), RateLimit.perSecond(2));
        List<Object> done = new CopyOnWriteArrayList<>();
        List<Disposable> subs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            subs.add(a.exchangeTree(limited.request().query("c", "a" + i).build()).subscribe(done::add));
            subs.add(b.exchangeTree(limited.request().query("c", "b" + i).build()).subscribe(done::add));
        }
        await(() -> done.size() == 1);
        vts.advanceTimeBy(Duration.ofMillis(499));
        assertThat(server.received("/x/limited")).hasSize(1);
        vts.advanceTimeBy(Duration.ofMillis(1));
        await(() -> done.size() == 2);
        vts.advanceTimeBy(Duration.ofSeconds(1));
        await(() -> done.size() == 4);
        assertThat(server.received("/x/limited")).hasSize(4);
        subs.forEach(Disposable::dispose);
        a.close();
        b.close();
    }

    @Test
    void clientsOfTwoAccountsOnOneBudgetKeepTheirOwnPermits() {
        server.fallback(r -> ok("{}"));
        RateBudget budget = RateBudget.inProcess(Fixtures.clockOf(vts));
        BiliClient a = client(budget, BudgetKey.perAccount(), Credentials.cookie("s1", "j1", 1), RateLimit.perSecond(1));
        BiliClient b = client(budget, BudgetKey.perAccount(), Credentials.cookie("s2", "j2", 2), RateLimit.perSecond(1));
        List<Object> done = new CopyOnWriteArrayList<>();
        a.exchangeTree(limited.request().build()).subscribe(done::add);
        b.exchangeTree(limited.request().build()).subscribe(done::add);
        await(() -> done.size() == 2); // both at once: one permit each, no time passed
        assertThat(server.received("/x/limited")).hasSize(2);
        a.close();
        b.close();
    }

    @Test
    void aThrottlingAnswerSeenByOneClientPausesTheOtherClientsOfTheKey() {
        server.script("/x/a", html(412));
        server.fallback(r -> ok("{}"));
        RateBudget budget = RateBudget.inProcess(Fixtures.clockOf(vts));
        RateLimit limit = RateLimit.unlimited().withCooldown(Duration.ofSeconds(4), Duration.ofSeconds(60));
        BiliClient a = client(budget, BudgetKey.named("fleet"), Credentials.none(), limit);
        BiliClient b = client(budget, BudgetKey.named("fleet"), Credentials.none(), limit);
        StepVerifier.create(a.execute(Route.get("T", Host.API, "/x/a", Auth.NONE).request().build()))
                .expectError(RateLimitedException.class).verify(Duration.ofSeconds(5));
        long cool = a.cooldownRemainingMillis(Host.API);
        assertThat(cool).isBetween(2000L, 4000L);
        List<Object> done = new CopyOnWriteArrayList<>();
        Disposable other = b.exchangeTree(Route.get("T", Host.API, "/x/b", Auth.NONE).request().build()).subscribe(done::add);
        vts.advanceTimeBy(Duration.ofMillis(cool - 1));
        assertThat(server.received("/x/b")).isEmpty();
        assertThat(b.cooldownRemainingMillis(Host.API)).isEqualTo(1); // learnt when it passed
        vts.advanceTimeBy(Duration.ofMillis(1));
        await(() -> done.size() == 1);
        other.dispose();
        a.close();
        b.close();
    }

    @Test
    void aBudgetThatCannotAnswerFailsTheCallWithItsTypedErrorBeforeAnythingIsSent() {
        server.fallback(r -> ok("{}"));
        RateBudget down = new RateBudget() {
            public Mono<Duration> reserve(String key, RateLimit limit) {
                return Mono.error(new RateBudgetUnavailableException(null, "the store of " + key + " did not answer", null));
            }

            public Mono<Duration> cooldown(String key) {
                return Mono.just(Duration.ZERO);
            }

            public Mono<Duration> throttled(String key, RateLimit limit) {
                return Mono.just(Duration.ZERO);
            }

            public Mono<Void> succeeded(String key) {
                return Mono.empty();
            }
        };
        BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri())).rateBudget(down).build();
        StepVerifier.create(bili.execute(limited.request().build()))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(RateBudgetUnavailableException.class)
                        .hasMessageContaining("host:api")
                        .satisfies(x -> assertThat(((BiliException) x).route()).contains("/x/limited")))
                .verify(Duration.ofSeconds(5));
        assertThat(server.received("/x/limited")).isEmpty();
        bili.close();
    }

    @Test
    void aPermitBeyondMaxWaitIsATypedErrorNamingTheRoute() {
        server.fallback(r -> ok("{}"));
        BiliClient bili = client(RateBudget.inProcess(Fixtures.clockOf(vts)), BudgetKey.perHost(), Credentials.none(),
                RateLimit.perSecond(1).withMaxWait(Duration.ofMillis(100)));
        StepVerifier.create(bili.execute(limited.request().build())).verifyComplete();
        StepVerifier.create(bili.execute(limited.request().build()))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(RateBudgetExceededException.class)
                        .hasMessageContaining("no rate-limit permit for host:api"))
                .verify(Duration.ofSeconds(5));
        assertThat(server.received("/x/limited")).hasSize(1);
        bili.close();
    }
}
