package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** What BiliObserver is told, call by call, against a scripted local server. */
class ObserverTest {

    private static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);
    private static final Route LIST = Route.get("T2", Host.API, "/x/list", Auth.NONE);
    private static final Route WRITE = Route.post("T3", Host.API, "/x/write", Auth.COOKIE);
    private static final Duration BOUND = Duration.ofSeconds(20);

    /** Records every callback as a line. */
    static final class Recorder implements BiliObserver {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void requestStarted(Route route) {
            events.add("start " + route.id());
        }

        @Override
        public void requestFinished(Route route, Outcome outcome, Throwable error, Duration latency) {
            events.add("end " + route.id() + " " + outcome + (latency.isNegative() ? " NEGATIVE" : ""));
        }

        @Override
        public void retried(Route route, int attempt) {
            events.add("retry " + route.id() + " " + attempt);
        }

        @Override
        public void throttled(Route route, Duration cooldown) {
            events.add("throttled " + route.id());
        }

        @Override
        public void permitAcquired(Route route, Duration waited) {
            events.add("permit " + route.id());
        }

        @Override
        public void pageReceived(Route route, int entries) {
            events.add("page " + route.id() + " " + entries);
        }
    }

    private ScriptedServer server;
    private Recorder rec;
    private BiliClient bili;

    @BeforeEach
    void start() {
        server = new ScriptedServer();
        rec = new Recorder();
        bili = Fixtures.client(server).credentials(Fixtures.cookie()).observer(rec).build();
    }

    @AfterEach
    void stop() {
        bili.close();
        server.close();
    }

    @Test
    void aCallWithRetriesIsOneStartOneEndAndAPermitPerAttempt() {
        server.script("/x/read", ScriptedServer.html(412), ScriptedServer.json(503, "{}"), ScriptedServer.ok("{\"a\":1}"));
        StepVerifier.create(bili.exchangeTree(READ.request().build())).expectNextCount(1).expectComplete().verify(BOUND);
        assertThat(rec.events).containsExactly(
                "start T1", "permit T1", "throttled T1", "retry T1 2", "permit T1", "retry T1 3", "permit T1", "end T1 SUCCESS");
    }

    @Test
    void outcomesNameHowACallEnded() {
        server.script("/x/read", ScriptedServer.code(-400, "bad"));
        StepVerifier.create(bili.exchangeTree(READ.request().build())).expectError(BiliApiException.class).verify(BOUND);
        server.script("/x/write", ScriptedServer.reset());
        StepVerifier.create(bili.execute(WRITE.request().form("a", 1).build())).expectError(OutcomeUnknownException.class).verify(BOUND);
        try (BiliClient anonymous = Fixtures.client(server).observer(rec).build()) {
            StepVerifier.create(anonymous.execute(WRITE.request().build())).expectError(MissingCredentialsException.class).verify(BOUND);
        }
        server.script("/x/read", ScriptedServer.never());
        StepVerifier.create(bili.exchangeTree(READ.request().build())).thenCancel().verify(BOUND);

        assertThat(rec.events.stream().filter(e -> e.startsWith("end")))
                .containsExactly("end T1 API_ERROR", "end T3 OUTCOME_UNKNOWN", "end T3 CLIENT_ERROR", "end T1 CANCELLED");
        assertThat(server.received("/x/write")).hasSize(1);
    }

    @Test
    void aPagedFluxReportsEachPageUnderTheRouteThatFetchedIt() {
        server.script("/x/list", ScriptedServer.ok("[1,2]"), ScriptedServer.ok("[2,3]"), ScriptedServer.ok("[]"));
        PagedFlux<Integer> list = PagedFlux.create(2, i -> i, (pn, ps) ->
                bili.exchange(LIST.request().query("pn", pn).build(), int[].class)
                        .map(a -> PageResult.of(java.util.Arrays.stream(a).boxed().toList())));
        StepVerifier.create(list).expectNext(1, 2, 3).expectComplete().verify(BOUND);
        assertThat(rec.events.stream().filter(e -> e.startsWith("page"))).containsExactly("page T2 2", "page T2 1", "page T2 0");
        // Each page's call answered: none reported as cancelled by the fetch of the next page.
        assertThat(rec.events.stream().filter(e -> e.startsWith("end"))).containsExactly("end T2 SUCCESS", "end T2 SUCCESS", "end T2 SUCCESS");

        // A fetch that does not go through a client reports nothing (it has no route).
        rec.events.clear();
        PagedFlux<Integer> local = PagedFlux.create(2, i -> i, (pn, ps) -> Mono.just(PageResult.of(pn == 1 ? List.of(7) : List.of())));
        StepVerifier.create(local).expectNext(7).expectComplete().verify(BOUND);
        assertThat(rec.events).isEmpty();
    }

    @Test
    void anObserverThatThrowsNeverFailsACall() {
        BiliObserver broken = new BiliObserver() {
            @Override
            public void requestStarted(Route route) {
                throw new IllegalStateException("observer bug");
            }

            @Override
            public void requestFinished(Route route, Outcome outcome, Throwable error, Duration latency) {
                throw new IllegalStateException("observer bug");
            }

            @Override
            public void permitAcquired(Route route, Duration waited) {
                throw new IllegalStateException("observer bug");
            }
        };
        server.script("/x/read", ScriptedServer.ok("{\"a\":1}"));
        try (BiliClient b = Fixtures.client(server).observer(broken).build()) {
            StepVerifier.create(b.exchangeTree(READ.request().build())).expectNextCount(1).expectComplete().verify(BOUND);
        }
    }

    @Test
    void outcomeOfClassifiesTheExceptionTree() {
        ApiError e = new ApiError(-412, "x", "T1 GET /x", 200, null);
        assertThat(BiliObserver.Outcome.of(new RateLimitedException(e))).isEqualTo(BiliObserver.Outcome.THROTTLED);
        assertThat(BiliObserver.Outcome.of(new BiliApiException(e))).isEqualTo(BiliObserver.Outcome.API_ERROR);
        assertThat(BiliObserver.Outcome.of(new BiliTransportException("T1", new java.io.IOException(), false)))
                .isEqualTo(BiliObserver.Outcome.TRANSPORT_ERROR);
        assertThat(BiliObserver.Outcome.of(new IllegalStateException())).isEqualTo(BiliObserver.Outcome.CLIENT_ERROR);
    }
}
