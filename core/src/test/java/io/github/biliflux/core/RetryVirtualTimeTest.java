package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.html;
import static io.github.biliflux.core.ScriptedServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.Disposable;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * Issue 14, point 2: retry backoff waits on the client's scheduler, so virtual time drives it: two
 * one-minute waits pass in virtual time while the test takes a moment of real time.
 */
@Timeout(20)
class RetryVirtualTimeTest {

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);

    final ScriptedServer server = new ScriptedServer();
    final VirtualTimeScheduler vts = VirtualTimeScheduler.create();

    @AfterEach
    void close() {
        server.close();
        vts.dispose();
    }

    @Test
    void backoffRunsOnTheClientsSchedulerAndWaitsWhatThePolicySays() {
        server.script("/x/read", html(503), html(503), ok("{\"v\":1}"));
        BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .rateLimit(RateLimit.unlimited())
                .retry(new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
                .deadline(Duration.ofMinutes(10)) // virtual time must not pass a deadline of a real request
                .scheduler(vts).clock(Fixtures.clockOf(vts)).build();
        List<Object> got = new CopyOnWriteArrayList<>();
        long tasks = vts.getScheduledTaskCount();
        Disposable d = bili.exchangeTree(READ.request().build()).subscribe(got::add, got::add);
        // Each attempt puts two timers on the client's scheduler: its deadline when a connection takes
        // the request, then the backoff when the 503 arrives. Wait (in real time) for real I/O only.
        RateLimitTest.await(() -> vts.getScheduledTaskCount() >= tasks + 2);
        vts.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(server.received("/x/read")).hasSize(1);
        vts.advanceTimeBy(Duration.ofSeconds(1));
        RateLimitTest.await(() -> vts.getScheduledTaskCount() >= tasks + 4);
        assertThat(server.received("/x/read")).hasSize(2);
        vts.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(server.received("/x/read")).hasSize(2);
        vts.advanceTimeBy(Duration.ofSeconds(1));
        RateLimitTest.await(() -> !got.isEmpty());
        assertThat(got).hasSize(1);
        assertThat(got.get(0)).isNotInstanceOf(Throwable.class);
        assertThat(server.received("/x/read")).hasSize(3);
        d.dispose();
        bili.close();
    }
}
