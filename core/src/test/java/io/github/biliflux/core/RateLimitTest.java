package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.html;
import static io.github.biliflux.core.ScriptedServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.internal.HostGate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The per-host rate limit and the cool-down after throttling, in virtual time. */
class RateLimitTest {

    final ScriptedServer server = new ScriptedServer();
    final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

    @AfterEach
    void close() {
        server.close();
        vts.dispose();
    }

    @Test
    void theGatePacesTheLimitEvenlyOverThePeriod() {
        StepVerifier.withVirtualTime(() -> {
                    HostGate gate = new HostGate("api", RateLimit.perSecond(2), Fixtures.clockOf(Schedulers.parallel()), Schedulers::parallel);
                    return Flux.range(0, 5).flatMap(i -> gate.pass("T").thenReturn(i));
                })
                .expectSubscription()
                .expectNextCount(1)
                .expectNoEvent(Duration.ofMillis(499))
                .thenAwait(Duration.ofMillis(1))
                .expectNextCount(1)
                .expectNoEvent(Duration.ofMillis(499))
                .thenAwait(Duration.ofMillis(1))
                .expectNextCount(1)
                .thenAwait(Duration.ofSeconds(1))
                .expectNextCount(2)
                .verifyComplete();
    }

    @Test
    void throttlingAnswersOfOneEpisodeDoubleThePauseOnce() {
        StepVerifier.withVirtualTime(() -> {
                    HostGate gate = new HostGate("api", RateLimit.unlimited().withCooldown(Duration.ofSeconds(2), Duration.ofSeconds(60)),
                            Fixtures.clockOf(Schedulers.parallel()), Schedulers::parallel);
                    for (int i = 0; i < 18; i++) {
                        gate.throttled(); // 18 answers to requests sent together: one episode
                    }
                    assertThat(gate.cooldownRemainingMillis()).isBetween(1000L, 2000L);
                    return gate.pass("T").thenReturn(gate);
                })
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(2))
                .assertNext(gate -> {
                    gate.throttled(); // a new episode after the pause: doubled
                    assertThat(gate.cooldownRemainingMillis()).isBetween(2000L, 4000L);
                })
                .verifyComplete();
    }

    @Test
    void aCoolDownThatBeginsWhileWaitingForAPermitIsHonoured() {
        StepVerifier.withVirtualTime(() -> {
                    HostGate gate = new HostGate("api", RateLimit.perSecond(1).withCooldown(Duration.ofSeconds(10), Duration.ofSeconds(10)),
                            Fixtures.clockOf(Schedulers.parallel()), Schedulers::parallel);
                    return gate.pass("T")
                            .then(Mono.fromRunnable(() -> Schedulers.parallel().schedule(gate::throttled, 500, java.util.concurrent.TimeUnit.MILLISECONDS)))
                            .then(gate.pass("T"))
                            .thenReturn("passed");
                })
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(5)) // the permit came at 1 s, but the pause began at 0.5 s
                .thenAwait(Duration.ofSeconds(6))
                .expectNext("passed")
                .verifyComplete();
    }

    @Test
    void aRequestCancelledWhileWaitingForAPermitIsNeverSent() {
        server.fallback(r -> ok("{}"));
        BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .rateLimit(RateLimit.perSecond(1)).clock(Fixtures.clockOf(vts)).scheduler(vts).build();
        Route r = Route.get("T", Host.API, "/x/limited", Auth.NONE);
        List<Object> done = new CopyOnWriteArrayList<>();
        bili.exchangeTree(r.request().build()).subscribe(done::add);
        Disposable waiting = bili.exchangeTree(r.request().build()).subscribe(done::add);
        await(() -> done.size() == 1);
        waiting.dispose();
        vts.advanceTimeBy(Duration.ofSeconds(5));
        StepVerifier.create(bili.exchangeTree(r.request().build())).expectNextCount(1).verifyComplete();
        assertThat(server.received("/x/limited")).hasSize(2);
        bili.close();
    }

    @Test
    void aPermitThatWouldTakeLongerThanMaxWaitFails() {
        StepVerifier.withVirtualTime(() -> {
                    HostGate gate = new HostGate("api", RateLimit.perSecond(1).withMaxWait(Duration.ofMillis(500)),
                            Fixtures.clockOf(Schedulers.parallel()), Schedulers::parallel);
                    return gate.pass("T").then(gate.pass("T"));
                })
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(BiliException.class).hasMessageContaining("no rate-limit permit"))
                .verify();
    }

    @Test
    void throttlingEpisodesCoolTheHostDownWithGrowingPausesUntilASuccess() {
        // 2 s doubling to at most 10 s, each jittered down to between half and all of it; a success ends the streak.
        long[][] bounds = {{1000, 2000}, {2000, 4000}, {4000, 8000}, {5000, 10000}, {5000, 10000}, {1000, 2000}};
        final long episode = 20_000;
        StepVerifier.Step<Long> steps = StepVerifier.withVirtualTime(() -> {
                    Scheduler time = Schedulers.parallel();
                    HostGate gate = new HostGate("api", RateLimit.unlimited().withCooldown(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                            Fixtures.clockOf(time), Schedulers::parallel);
                    // Episode i at 20 s x i: a throttling answer, then a request that waits out the pause.
                    return Flux.range(0, bounds.length).concatMap(i -> Mono.delay(Duration.ofMillis(episode * i - time.now(TimeUnit.MILLISECONDS)), time)
                            .then(Mono.defer(() -> {
                                if (i == bounds.length - 1) {
                                    gate.succeeded();
                                }
                                gate.throttled();
                                long start = time.now(TimeUnit.MILLISECONDS);
                                return gate.pass("T").then(Mono.fromCallable(() -> time.now(TimeUnit.MILLISECONDS) - start));
                            })));
                })
                .expectSubscription();
        long at = 0;
        for (int i = 0; i < bounds.length; i++) {
            long[] b = bounds[i];
            long start = episode * i;
            steps = steps.expectNoEvent(Duration.ofMillis(start + b[0] - 1 - at))
                    .thenAwait(Duration.ofMillis(b[1] - b[0] + 1))
                    .assertNext(waited -> assertThat(waited).as("the pause").isBetween(b[0], b[1]));
            at = start + b[1];
        }
        steps.verifyComplete();
    }

    @Test
    void aCoolingHostLetsNothingThroughUntilThePauseEnds() {
        StepVerifier.withVirtualTime(() -> {
                    HostGate gate = new HostGate("api", RateLimit.unlimited().withCooldown(Duration.ofSeconds(8), Duration.ofSeconds(60)),
                            Fixtures.clockOf(Schedulers.parallel()), Schedulers::parallel);
                    gate.throttled(); // 4..8 s
                    return gate.pass("T").thenReturn("passed");
                })
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(3999))
                .thenAwait(Duration.ofSeconds(5))
                .expectNext("passed")
                .verifyComplete();
    }

    @Test
    void everyStreamOfTheClientSharesTheHostLimit() {
        server.fallback(r -> ok("{}"));
        BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .rateLimit(RateLimit.perSecond(2)).clock(Fixtures.clockOf(vts)).scheduler(vts).build();
        Route r = Route.get("T", Host.API, "/x/limited", Auth.NONE);
        List<Object> done = new CopyOnWriteArrayList<>();
        List<Disposable> subs = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            subs.add(bili.exchangeTree(r.request().query("i", i).build()).subscribe(done::add));
        }
        await(() -> done.size() == 1);
        vts.advanceTimeBy(Duration.ofMillis(499));
        assertThat(server.received("/x/limited")).hasSize(1);
        vts.advanceTimeBy(Duration.ofMillis(1));
        await(() -> done.size() == 2);
        vts.advanceTimeBy(Duration.ofSeconds(1));
        await(() -> done.size() == 4);
        vts.advanceTimeBy(Duration.ofMillis(500));
        await(() -> done.size() == 5);
        assertThat(server.received("/x/limited")).hasSize(5);
        subs.forEach(Disposable::dispose);
        bili.close();
    }

    @Test
    void a412CoolsTheHostDownForEveryCallOfTheClient() {
        server.script("/x/a", html(412));
        server.fallback(r -> ok("{}"));
        TimerScheduler timers = new TimerScheduler(RetryTest.DEADLINE);
        BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .rateLimit(RateLimit.unlimited()).retry(RetryPolicy.none()).deadline(RetryTest.DEADLINE)
                .clock(Fixtures.clockOf(timers)).scheduler(timers).build();
        StepVerifier.withVirtualTime(() -> bili.execute(Route.get("T", Host.API, "/x/a", Auth.NONE).request().build()), timers::virtual, Long.MAX_VALUE)
                .expectError(RateLimitedException.class).verify(RetryTest.VERIFY);
        long cool = bili.cooldownRemainingMillis(Host.API);
        assertThat(cool).as("the first pause: 2 s jittered down to 1..2 s").isBetween(1000L, 2000L);
        assertThat(bili.cooldownRemainingMillis(Host.MANGA)).isZero();

        // Another route of the same host waits out the pause before anything is sent.
        StepVerifier.withVirtualTime(() -> bili.exchangeTree(Route.get("T", Host.API, "/x/b", Auth.NONE).request().build()),
                        timers::virtual, Long.MAX_VALUE)
                .expectSubscription()
                .then(() -> assertThat(timers.next()).as("the wait for the cool-down").isEqualTo(Duration.ofMillis(cool)))
                .expectNoEvent(Duration.ofMillis(cool - 1))
                .then(() -> assertThat(server.received("/x/b")).isEmpty())
                .thenAwait(Duration.ofMillis(1))
                .expectNextCount(1)
                .expectComplete().verify(RetryTest.VERIFY);
        assertThat(server.received("/x/b")).hasSize(1);
        bili.close();
        timers.shutDown();
    }

    /** Waits for real I/O to finish (not for time to pass): blocks on a condition with a bound. */
    static void await(java.util.function.BooleanSupplier condition) {
        Mono.fromCallable(condition::getAsBoolean).filter(b -> b)
                // up to 5 s of real time: the shared CI machine can be slow to do real I/O
                .repeatWhenEmpty(250, f -> f.delayElements(Duration.ofMillis(20), Schedulers.single()))
                .block(Duration.ofSeconds(5));
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
