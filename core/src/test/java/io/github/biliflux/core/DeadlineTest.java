package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.test.StepVerifier;

/**
 * Issue 12, point 1: a deadline per attempt covers the whole exchange, body included, against a
 * raw-socket server that drips its answer a byte at a time (which resets Reactor Netty's idle
 * timeout on every read) or sends {@code 100 Continue} without end.
 */
@Timeout(30)
class DeadlineTest {

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);
    static final Route CHARGE = Route.post("W1", Host.API, "/x/charge", Auth.COOKIE);
    static final Duration DEADLINE = Duration.ofMillis(1000);

    final RawServer server;
    final BiliClient bili;

    DeadlineTest() throws Exception {
        server = new RawServer();
        bili = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .credentials(Fixtures.cookie())
                .rateLimit(RateLimit.unlimited())
                .retry(RetryPolicy.defaults().withMaxAttempts(3).withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))
                .responseTimeout(Duration.ofSeconds(20)) // the idle timeout alone would never fire here
                .deadline(DEADLINE)
                .build();
    }

    @AfterEach
    void close() throws Exception {
        bili.close();
        server.close();
    }

    RawServer.Handler dripContentLength() {
        return (r, out) -> server.drip(out, RawServer.ok("{\"v\":1,\"pad\":\"" + "x".repeat(200) + "\"}"), 50);
    }

    RawServer.Handler dripChunked() {
        return (r, out) -> {
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            server.drip(out, "1\r\n \r\n".repeat(100), 20);
        };
    }

    RawServer.Handler endlessContinue() {
        return (r, out) -> server.drip(out, "HTTP/1.1 100 Continue\r\n\r\n".repeat(20), 10);
    }

    @Test
    void aReadWhoseAnswerDripsIsRetriedPerThePolicyAndEndsWithTheDeadline() {
        for (RawServer.Handler h : new RawServer.Handler[] {dripContentLength(), dripChunked(), endlessContinue()}) {
            server.on("/x/read", h);
            int before = server.received("/x/read").size();
            StepVerifier.create(bili.exchangeTree(READ.request().build()))
                    .expectErrorSatisfies(e -> {
                        assertThat(e).isInstanceOf(DeadlineExceededException.class);
                        assertThat(((DeadlineExceededException) e).deadline()).isEqualTo(DEADLINE);
                        assertThat(((DeadlineExceededException) e).notSent()).isFalse();
                        assertThat(e.getMessage()).contains("1000 ms").contains("T1 GET /x/read");
                    })
                    .verify(Duration.ofSeconds(10));
            // The server may read the last request after the client gave up on it: wait for it, then count.
            RateLimitTest.await(() -> server.received("/x/read").size() - before >= 3);
            assertThat(server.received("/x/read").size() - before).as("attempts").isEqualTo(3);
        }
    }

    @Test
    void aChargeWhoseAnswerDripsIsSentOnceAndEndsAsOutcomeUnknown() {
        server.on("/x/charge", dripContentLength());
        StepVerifier.create(bili.exchangeTree(CHARGE.request().form("bp_num", "2").build()))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(OutcomeUnknownException.class).hasCauseInstanceOf(DeadlineExceededException.class);
                    assertThat(e.getMessage()).doesNotContain(Fixtures.SESSDATA).doesNotContain(Fixtures.BILI_JCT);
                })
                .verify(Duration.ofSeconds(5));
        RateLimitTest.await(() -> server.received("/x/charge").size() >= 1);
        assertThat(server.received("/x/charge")).hasSize(1);
    }

    @Test
    void onAClientsOwnSchedulerTheDeadlineRunsOnItsClock() throws Exception {
        // The default scheduler's deadline runs on the connection's event loop (real time, the tests
        // above); a scheduler of the client's own, here a virtual clock, drives it instead.
        java.util.concurrent.CountDownLatch hangUp = new java.util.concurrent.CountDownLatch(1);
        server.on("/x/read", (r, out) -> hangUp.await());
        reactor.test.scheduler.VirtualTimeScheduler vts = reactor.test.scheduler.VirtualTimeScheduler.create();
        try (BiliClient virtual = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .rateLimit(RateLimit.unlimited()).retry(RetryPolicy.none())
                .responseTimeout(Duration.ofMinutes(5)).deadline(Duration.ofMinutes(2))
                .scheduler(vts).clock(Fixtures.clockOf(vts)).build()) {
            java.util.List<Object> got = new java.util.concurrent.CopyOnWriteArrayList<>();
            long tasks = vts.getScheduledTaskCount();
            virtual.exchangeTree(READ.request().build()).subscribe(got::add, got::add);
            RateLimitTest.await(() -> vts.getScheduledTaskCount() > tasks); // the request was taken: its deadline is set
            vts.advanceTimeBy(Duration.ofSeconds(119));
            assertThat(got).isEmpty();
            vts.advanceTimeBy(Duration.ofSeconds(1));
            RateLimitTest.await(() -> !got.isEmpty());
            assertThat(got.get(0)).isInstanceOf(DeadlineExceededException.class);
            assertThat(((DeadlineExceededException) got.get(0)).notSent()).isFalse();
        } finally {
            hangUp.countDown();
            vts.dispose();
        }
    }

    @Test
    void theDeadlineIsAValidatedBuilderOption() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BiliClient.builder().deadline(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BiliClient.builder().deadline(Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
    }

}
