package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.code;
import static io.github.biliflux.core.ScriptedServer.html;
import static io.github.biliflux.core.ScriptedServer.json;
import static io.github.biliflux.core.ScriptedServer.ok;
import static io.github.biliflux.core.ScriptedServer.reset;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

/**
 * Which failures are retried, how often and after which waits, and that a mutation is never re-sent
 * once it may have arrived. In virtual time with the real waits (the default backoff of 500 ms
 * doubling, without jitter here; the host's 2 s cool-down after throttling, jittered down to 1..2 s)
 * against a real local server: each step first waits, in real time and bounded, for the client to
 * read the answer and set its next timer ({@link TimerScheduler}), then moves the virtual clock.
 */
@Timeout(30)
class RetryTest {

    record Value(int v) {
    }

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);
    static final Route WRITE = Route.post("T2", Host.API, "/x/write", Auth.COOKIE);
    static final Route READ_ONLY_POST = Route.post("T3", Host.MANGA, "/twirp/read", Auth.NONE).envelope(Envelope.MANGA).readOnly();
    /** The deadline of one attempt: a length of its own, so {@link TimerScheduler} can leave its timers out. */
    static final Duration DEADLINE = Duration.ofMinutes(10);
    /** The default policy with three attempts and no jitter: waits of exactly 500 ms, then 1 s. */
    static final RetryPolicy POLICY = RetryPolicy.defaults().withMaxAttempts(3).withJitter(0);

    final ScriptedServer server = new ScriptedServer();
    final TimerScheduler vts = new TimerScheduler(DEADLINE);
    final BiliClient bili = virtual(POLICY).endpoints(Endpoints.singleBase(server.baseUri())).build();

    /** A client on {@link #vts} and a clock that follows it, with the default rate limit's cool-down. */
    BiliClient.Builder virtual(RetryPolicy retry) {
        return BiliClient.builder().credentials(Fixtures.cookie())
                .rateLimit(RateLimit.unlimited()) // cool-down 2 s doubling, as by default
                .retry(retry).deadline(DEADLINE)
                .scheduler(vts).clock(Fixtures.clockOf(vts));
    }

    @AfterEach
    void close() {
        bili.close();
        server.close();
        vts.shutDown();
    }

    <T> StepVerifier.FirstStep<T> inVirtualTime(Supplier<? extends Publisher<? extends T>> call) {
        return StepVerifier.withVirtualTime(call, vts::virtual, Long.MAX_VALUE);
    }

    /** Waits for the client to read the answer and set its next timer, and checks the timer's length. */
    Runnable nextWait(long millis) {
        return () -> assertThat(vts.next()).as("the next wait").isEqualTo(Duration.ofMillis(millis));
    }

    /** Checks how many requests for {@code path} the server has read so far. */
    Runnable received(String path, int n) {
        return () -> assertThat(server.received(path)).as("requests read by the server").hasSize(n);
    }

    static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    static final Duration VERIFY = Duration.ofSeconds(20);

    @Test
    void aGetThatGets503TwiceThenSucceeds() {
        server.script("/x/read", html(503), json(503, "{\"code\":-503,\"message\":\"overload\"}"), ok("{\"v\":1}"));
        inVirtualTime(() -> bili.exchange(READ.request().build(), Value.class))
                .expectSubscription()
                .then(nextWait(500)).then(received("/x/read", 1))
                .expectNoEvent(ms(499)).then(received("/x/read", 1))
                .thenAwait(ms(1))
                .then(nextWait(1000)).then(received("/x/read", 2))
                .expectNoEvent(ms(999)).then(received("/x/read", 2))
                .thenAwait(ms(1))
                .expectNext(new Value(1))
                .expectComplete().verify(VERIFY);
        assertThat(server.received("/x/read")).hasSize(3);
        assertThat(vts.hasPending()).as("no wait after the success").isFalse();
    }

    @Test
    void aGetIsRetriedOnResetsThrottlingAndUnreadableAnswers() {
        AtomicLong coolEnd = new AtomicLong();
        // A reset, then a throttling code: 500 ms, then 1 s of backoff; the 1..2 s cool-down may outlast it.
        server.script("/x/read", reset(), code(-412, "请求被拦截"), ok("{\"v\":2}"));
        inVirtualTime(() -> bili.exchange(READ.request().build(), Value.class))
                .expectSubscription()
                .then(nextWait(500)).then(received("/x/read", 1))
                .expectNoEvent(ms(499)).thenAwait(ms(1))
                .then(nextWait(1000)).then(received("/x/read", 2))
                .then(coolDownStarts(coolEnd))
                .expectNoEvent(ms(999)).then(received("/x/read", 2))
                .thenAwait(ms(1)) // the backoff ends: the call waits for what is left of the cool-down
                .then(() -> {
                    if (coolEnd.get() > now()) {
                        assertThat(vts.next()).as("the cool-down left").isEqualTo(ms(coolEnd.get() - now()));
                    }
                })
                .then(received("/x/read", 2))
                .thenAwait(ms(1000))
                .expectNext(new Value(2))
                .expectComplete().verify(VERIFY);
        // An HTML 412 (throttling: 1..2 s of cool-down, which outlasts the 500 ms backoff), then unreadable JSON.
        server.script("/x/read", html(412), json(200, "{\"code\":0,\"da"), ok("{\"v\":3}"));
        throttledThenUnreadable(4, 3);
        // A throttling code again (a new episode after the success), then an empty body.
        server.script("/x/read", code(-799, "too frequent"), json(200, ""), ok("{\"v\":4}"));
        throttledThenUnreadable(7, 4);
        assertThat(server.received("/x/read")).hasSize(9);
    }

    long now() {
        return vts.now(TimeUnit.MILLISECONDS);
    }

    /** Checks that a throttling answer began the first pause (1..2 s) and notes when it ends. */
    Runnable coolDownStarts(AtomicLong end) {
        return () -> {
            long cool = bili.cooldownRemainingMillis(Host.API);
            assertThat(cool).as("a new episode: the first pause").isBetween(1000L, 2000L);
            end.set(now() + cool);
        };
    }

    /** The three attempts of a call answered throttled, unreadable, then {@code v}: the first at request {@code first}. */
    private void throttledThenUnreadable(int first, int v) {
        AtomicLong coolEnd = new AtomicLong();
        inVirtualTime(() -> bili.exchange(READ.request().build(), Value.class))
                .expectSubscription()
                .then(nextWait(500)).then(received("/x/read", first))
                .then(coolDownStarts(coolEnd))
                .expectNoEvent(ms(500)) // the backoff is over, the cool-down is not: the call waits for the rest
                .then(() -> assertThat(vts.next()).as("the cool-down left").isEqualTo(ms(coolEnd.get() - now())))
                .then(received("/x/read", first))
                .expectNoEvent(ms(499)).then(received("/x/read", first))
                .thenAwait(ms(1001)) // 2 s after the throttling answer: the cool-down is over
                .then(nextWait(1000)).then(received("/x/read", first + 1))
                .expectNoEvent(ms(999)).then(received("/x/read", first + 1))
                .thenAwait(ms(1))
                .expectNext(new Value(v))
                .expectComplete().verify(VERIFY);
        assertThat(vts.hasPending()).isFalse();
    }

    @Test
    void aGetGivesUpAfterTheConfiguredAttempts() {
        server.fallback(r -> html(503));
        inVirtualTime(() -> bili.exchange(READ.request().build(), Value.class))
                .expectSubscription()
                .then(nextWait(500)).expectNoEvent(ms(499)).thenAwait(ms(1))
                .then(nextWait(1000)).expectNoEvent(ms(999)).thenAwait(ms(1))
                .expectError(ServerErrorException.class)
                .verify(VERIFY);
        assertThat(server.received("/x/read")).hasSize(3);
        assertThat(vts.hasPending()).as("no wait after the last attempt").isFalse();
    }

    @Test
    void theDefaultBackoffDoublesFrom500MillisWithinItsJitter() {
        server.fallback(r -> html(503));
        BiliClient four = virtual(RetryPolicy.defaults()).endpoints(Endpoints.singleBase(server.baseUri())).build();
        inVirtualTime(() -> four.exchange(READ.request().build(), Value.class))
                .expectSubscription()
                // jitter 0.5: 250..750 ms, 500..1500 ms, 1000..3000 ms
                .then(() -> assertThat(vts.next()).isBetween(ms(250), ms(750))).thenAwait(ms(750))
                .then(() -> assertThat(vts.next()).isBetween(ms(500), ms(1500))).thenAwait(ms(1500))
                .then(() -> assertThat(vts.next()).isBetween(ms(1000), ms(3000))).thenAwait(ms(3000))
                .expectError(ServerErrorException.class)
                .verify(VERIFY);
        assertThat(server.received("/x/read")).as("four attempts by default").hasSize(4);
        four.close();
    }

    @Test
    void permanentCodesAreNotRetried() {
        for (int c : new int[] {-101, -111, -400, -403, -352, 22007, 22115}) {
            server.received().clear();
            server.script("/x/read", code(c, "no"));
            inVirtualTime(() -> bili.exchange(READ.request().build(), Value.class))
                    .expectError(BiliApiException.class).verify(VERIFY);
            assertThat(server.received("/x/read")).as("code %d", c).hasSize(1);
            assertThat(vts.hasPending()).as("code %d: no backoff", c).isFalse();
        }
    }

    @Test
    void anHtml404OrARedirectIsNotRetried() {
        server.script("/x/read", ScriptedServer.html(404), (r, req, res) -> res.status(301).header("Location", "https://example.com/").send());
        inVirtualTime(() -> bili.exchange(READ.request().build(), Value.class)).expectError(MalformedResponseException.class).verify(VERIFY);
        inVirtualTime(() -> bili.exchange(READ.request().build(), Value.class)).expectError(MalformedResponseException.class).verify(VERIFY);
        assertThat(server.received("/x/read")).hasSize(2);
        assertThat(vts.hasPending()).as("no backoff").isFalse();
    }

    @Test
    void aPostResetAfterTheServerReadItIsSentExactlyOnceAndItsOutcomeIsUnknown() {
        server.script("/x/write", reset());
        inVirtualTime(() -> bili.execute(WRITE.request().form("fid", 1).build()))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(OutcomeUnknownException.class)
                        .hasMessageContaining("T2 POST /x/write").hasMessageContaining("not re-sent"))
                .verify(VERIFY);
        assertThat(server.received("/x/write")).hasSize(1);
        assertThat(vts.hasPending()).as("no backoff").isFalse();
    }

    @Test
    void aPostAnswered5xxOrUnreadableIsNotRetriedAndItsOutcomeIsUnknown() {
        server.script("/x/write", html(502), json(200, "{\"code\":0,\"mess"), json(200, ""));
        for (int i = 0; i < 3; i++) {
            inVirtualTime(() -> bili.execute(WRITE.request().form("fid", 1).build())).expectError(OutcomeUnknownException.class).verify(VERIFY);
        }
        assertThat(server.received("/x/write")).hasSize(3);
        assertThat(vts.hasPending()).as("no backoff").isFalse();
    }

    @Test
    void aPostAnsweredWithDataWeCannotReadHasAnUnknownOutcome() {
        server.script("/x/write", ok("{\"v\":{\"not\":\"a number\"}}"));
        inVirtualTime(() -> bili.exchange(WRITE.request().form("fid", 1).build(), Value.class))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(OutcomeUnknownException.class)
                        .hasCauseInstanceOf(DecodingException.class))
                .verify(VERIFY);
        assertThat(server.received("/x/write")).hasSize(1);
    }

    @Test
    void aThrottledPostFailsAtOnceWithoutRetry() {
        server.script("/x/write", code(-412, "请求被拦截"), html(412));
        inVirtualTime(() -> bili.execute(WRITE.request().form("fid", 1).build())).expectError(RateLimitedException.class).verify(VERIFY);
        assertThat(vts.hasPending()).as("no backoff").isFalse();
        long cool = bili.cooldownRemainingMillis(Host.API);
        assertThat(cool).as("the first cool-down").isBetween(1000L, 2000L);
        // The next call waits out the cool-down, then fails at once too; the episode goes on, so the pause doubles.
        inVirtualTime(() -> bili.execute(WRITE.request().form("fid", 1).build()))
                .expectSubscription()
                .then(nextWait(cool))
                .expectNoEvent(ms(cool - 1)).then(received("/x/write", 1))
                .thenAwait(ms(1))
                .expectError(RateLimitedException.class).verify(VERIFY);
        assertThat(server.received("/x/write")).hasSize(2);
        assertThat(vts.hasPending()).as("no backoff").isFalse();
        assertThat(bili.cooldownRemainingMillis(Host.API)).as("the second pause of the streak").isBetween(2000L, 4000L);
    }

    @Test
    void aPostWithAnErrorCodeIsAKnownFailure() {
        server.script("/x/write", code(-111, "csrf 校验失败"));
        inVirtualTime(() -> bili.execute(WRITE.request().form("fid", 1).build())).expectError(CsrfException.class).verify(VERIFY);
        assertThat(server.received("/x/write")).hasSize(1);
        assertThat(vts.hasPending()).as("no backoff").isFalse();
    }

    @Test
    void aReadOnlyPostIsRetriedLikeAGet() {
        server.script("/twirp/read", reset(), json(200, "{\"code\":0,\"msg\":\"\",\"data\":{\"v\":5}}"));
        inVirtualTime(() -> bili.exchange(READ_ONLY_POST.request().json(java.util.Map.of("pageNum", 1)).build(), Value.class))
                .expectSubscription()
                .then(nextWait(500)).then(received("/twirp/read", 1))
                .expectNoEvent(ms(499)).then(received("/twirp/read", 1))
                .thenAwait(ms(1))
                .expectNext(new Value(5))
                .expectComplete().verify(VERIFY);
        assertThat(server.received("/twirp/read")).hasSize(2);
    }

    @Test
    void aRefusedConnectionProvesTheMutationWasNotSentAndIsRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var connects = new java.util.concurrent.atomic.AtomicInteger();
        BiliClient refused = virtual(POLICY)
                .httpClient(h -> h.doOnConnect(c -> connects.incrementAndGet()))
                .endpoints(Endpoints.singleBase(URI.create("http://127.0.0.1:" + port)))
                .build();
        inVirtualTime(() -> refused.execute(WRITE.request().form("fid", 1).build()))
                .expectSubscription()
                .then(nextWait(500)).then(() -> assertThat(connects).hasValue(1))
                .expectNoEvent(ms(499)).then(() -> assertThat(connects).hasValue(1))
                .thenAwait(ms(1))
                .then(nextWait(1000)).then(() -> assertThat(connects).hasValue(2))
                .expectNoEvent(ms(999)).then(() -> assertThat(connects).hasValue(2))
                .thenAwait(ms(1))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isExactlyInstanceOf(BiliTransportException.class);
                    assertThat(((BiliTransportException) e).notSent()).isTrue();
                })
                .verify(VERIFY);
        assertThat(connects).as("three connection attempts: the mutation provably never left").hasValue(3);
        refused.close();
    }

    @Test
    void aRetriedRequestIsSignedAnewWithTheTimeOfItsAttempt() {
        server.script("/x/read", html(503), ok("{\"v\":6}"));
        // A 7 s backoff, so that the second attempt's ts (whole seconds) differs from the first's.
        BiliClient app = virtual(POLICY.withBackoff(Duration.ofSeconds(7), Duration.ofSeconds(7)))
                .credentials(Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID))
                .endpoints(Endpoints.singleBase(server.baseUri())).build();
        Route appRead = Route.get("T5", Host.API, "/x/read", Auth.COOKIE_OR_APP);
        inVirtualTime(() -> app.exchange(appRead.request().query("vmid", 1).build(), Value.class))
                .expectSubscription()
                .then(nextWait(7000))
                .thenAwait(Duration.ofSeconds(7))
                .expectNext(new Value(6))
                .expectComplete().verify(VERIFY);
        var sent = server.received("/x/read");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).query()).contains("ts=1700000000&");
        assertThat(sent.get(1).query()).contains("ts=1700000007&");
        sent.forEach(r -> assertThat(SigningOnTheWireTest.appSignatureValid(r.query(), AppKey.ANDROID)).isTrue());
        app.close();
    }
}
