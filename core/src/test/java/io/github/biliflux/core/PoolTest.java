package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * Issue 12, point 3: with the default pool, a thousand concurrent reads of a slow server queue for
 * a connection and all succeed; a pool that cannot serve in time fails with a typed error that
 * says nothing was sent.
 */
@Timeout(90)
class PoolTest {

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);
    static final Route CHARGE = Route.post("W1", Host.API, "/x/charge", Auth.COOKIE);

    final ScriptedServer server = new ScriptedServer();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void aThousandConcurrentReadsOfA300msServerAllSucceedWithTheDefaultPool() {
        server.fallback(r -> (rr, req, res) -> Mono.delay(Duration.ofMillis(300)).then(ok("{\"v\":1}").answer(rr, req, res)));
        // Default pool, deadline, acquire timeout; only the rate limit is off (it would pace the calls).
        BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .rateLimit(RateLimit.unlimited()).retry(RetryPolicy.none()).build();
        try {
            List<Integer> values = Flux.range(0, 1000)
                    .flatMap(i -> bili.exchangeTree(READ.request().query("i", i).build()).map(n -> n.path("v").asInt()), 1000)
                    .collectList()
                    .block(Duration.ofSeconds(60));
            assertThat(values).hasSize(1000).containsOnly(1);
            assertThat(server.received("/x/read")).hasSize(1000);
        } finally {
            // Wait for the thousand connections to be released, so the next test starts on quiet event loops.
            bili.closeLater().block(Duration.ofSeconds(30));
        }
    }

    @Test
    void noConnectionInTimeIsATypedNotSentErrorRetriedForReadsAndMutations() {
        server.script("/x/read", (r, req, res) -> Mono.delay(Duration.ofSeconds(3)).then(ok("{}").answer(r, req, res)));
        BiliClient bili = Fixtures.client(server).credentials(Fixtures.cookie())
                .maxConnections(1).pendingAcquireTimeout(Duration.ofMillis(50)).build();
        try {
            // The one connection is busy for 3 s.
            Mono<Object> busy = bili.exchangeTree(READ.request().build()).cast(Object.class).subscribeOn(Schedulers.parallel()).cache();
            busy.subscribe(v -> { }, e -> { });
            awaitReceived(1);
            StepVerifier.create(bili.exchangeTree(READ.request().build()))
                    .expectErrorSatisfies(e -> {
                        assertThat(e).isInstanceOf(PoolExhaustedException.class).isInstanceOf(BiliTransportException.class);
                        assertThat(((PoolExhaustedException) e).notSent()).isTrue();
                    })
                    .verify(Duration.ofSeconds(5));
            // A mutation that never got a connection was provably not sent: it is no unknown outcome.
            StepVerifier.create(bili.exchangeTree(CHARGE.request().form("bp_num", "2").build()))
                    .expectError(PoolExhaustedException.class)
                    .verify(Duration.ofSeconds(5));
            assertThat(server.received("/x/read")).hasSize(1);
            assertThat(server.received("/x/charge")).isEmpty();
        } finally {
            bili.close();
        }
    }

    @Test
    void morePendingThanTheQueueHoldsFailAtOnce() {
        server.fallback(r -> (rr, req, res) -> Mono.delay(Duration.ofSeconds(2)).then(ok("{}").answer(rr, req, res)));
        BiliClient bili = Fixtures.client(server).retry(RetryPolicy.none())
                .maxConnections(1).maxPendingAcquires(1).pendingAcquireTimeout(Duration.ofSeconds(20)).build();
        try {
            bili.exchangeTree(READ.request().build()).subscribe(v -> { }, e -> { });
            awaitReceived(1);
            bili.exchangeTree(READ.request().build()).subscribe(v -> { }, e -> { }); // queued
            StepVerifier.create(bili.exchangeTree(READ.request().build()))
                    .expectError(PoolExhaustedException.class)
                    .verify(Duration.ofSeconds(5));
        } finally {
            bili.close();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BiliClient.builder().maxPendingAcquires(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPendingAcquires");
    }

    void awaitReceived(int n) {
        StepVerifier.create(Flux.interval(Duration.ofMillis(5)).filter(t -> server.received().size() >= n).next())
                .expectNextCount(1).verifyComplete();
    }
}
