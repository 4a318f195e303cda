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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Which failures are retried, how often, and that a mutation is never re-sent once it may have arrived. */
class RetryTest {

    record Value(int v) {
    }

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);
    static final Route WRITE = Route.post("T2", Host.API, "/x/write", Auth.COOKIE);
    static final Route READ_ONLY_POST = Route.post("T3", Host.MANGA, "/twirp/read", Auth.NONE).envelope(Envelope.MANGA).readOnly();

    final ScriptedServer server = new ScriptedServer();
    final BiliClient bili = Fixtures.client(server).credentials(Fixtures.cookie()).build();

    @AfterEach
    void close() {
        bili.close();
        server.close();
    }

    @Test
    void aGetThatGets503TwiceThenSucceeds() {
        server.script("/x/read", html(503), json(503, "{\"code\":-503,\"message\":\"overload\"}"), ok("{\"v\":1}"));
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectNext(new Value(1)).verifyComplete();
        assertThat(server.received("/x/read")).hasSize(3);
    }

    @Test
    void aGetIsRetriedOnResetsThrottlingAndUnreadableAnswers() {
        server.script("/x/read", reset(), code(-412, "请求被拦截"), ok("{\"v\":2}"));
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectNext(new Value(2)).verifyComplete();
        server.script("/x/read", html(412), json(200, "{\"code\":0,\"da"), ok("{\"v\":3}"));
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectNext(new Value(3)).verifyComplete();
        server.script("/x/read", code(-799, "too frequent"), json(200, ""), ok("{\"v\":4}"));
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectNext(new Value(4)).verifyComplete();
        assertThat(server.received("/x/read")).hasSize(9);
    }

    @Test
    void aGetGivesUpAfterTheConfiguredAttempts() {
        server.fallback(r -> html(503));
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectError(ServerErrorException.class).verify();
        assertThat(server.received("/x/read")).hasSize(3);
    }

    @Test
    void permanentCodesAreNotRetried() {
        for (int c : new int[] {-101, -111, -400, -403, -352, 22007, 22115}) {
            server.received().clear();
            server.script("/x/read", code(c, "no"));
            StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectError(BiliApiException.class).verify();
            assertThat(server.received("/x/read")).as("code %d", c).hasSize(1);
        }
    }

    @Test
    void anHtml404OrARedirectIsNotRetried() {
        server.script("/x/read", ScriptedServer.html(404), (r, req, res) -> res.status(301).header("Location", "https://example.com/").send());
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectError(MalformedResponseException.class).verify();
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectError(MalformedResponseException.class).verify();
        assertThat(server.received("/x/read")).hasSize(2);
    }

    @Test
    void aPostResetAfterTheServerReadItIsSentExactlyOnceAndItsOutcomeIsUnknown() {
        server.script("/x/write", reset());
        StepVerifier.create(bili.execute(WRITE.request().form("fid", 1).build()))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(OutcomeUnknownException.class)
                        .hasMessageContaining("T2 POST /x/write").hasMessageContaining("not re-sent"))
                .verify();
        assertThat(server.received("/x/write")).hasSize(1);
    }

    @Test
    void aPostAnswered5xxOrUnreadableIsNotRetriedAndItsOutcomeIsUnknown() {
        server.script("/x/write", html(502), json(200, "{\"code\":0,\"mess"), json(200, ""));
        for (int i = 0; i < 3; i++) {
            StepVerifier.create(bili.execute(WRITE.request().form("fid", 1).build())).expectError(OutcomeUnknownException.class).verify();
        }
        assertThat(server.received("/x/write")).hasSize(3);
    }

    @Test
    void aPostAnsweredWithDataWeCannotReadHasAnUnknownOutcome() {
        server.script("/x/write", ok("{\"v\":{\"not\":\"a number\"}}"));
        StepVerifier.create(bili.exchange(WRITE.request().form("fid", 1).build(), Value.class))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(OutcomeUnknownException.class)
                        .hasCauseInstanceOf(DecodingException.class))
                .verify();
        assertThat(server.received("/x/write")).hasSize(1);
    }

    @Test
    void aThrottledPostFailsAtOnceWithoutRetry() {
        server.script("/x/write", code(-412, "请求被拦截"), html(412));
        StepVerifier.create(bili.execute(WRITE.request().form("fid", 1).build())).expectError(RateLimitedException.class).verify();
        StepVerifier.create(bili.execute(WRITE.request().form("fid", 1).build())).expectError(RateLimitedException.class).verify();
        assertThat(server.received("/x/write")).hasSize(2);
    }

    @Test
    void aPostWithAnErrorCodeIsAKnownFailure() {
        server.script("/x/write", code(-111, "csrf 校验失败"));
        StepVerifier.create(bili.execute(WRITE.request().form("fid", 1).build())).expectError(CsrfException.class).verify();
        assertThat(server.received("/x/write")).hasSize(1);
    }

    @Test
    void aReadOnlyPostIsRetriedLikeAGet() {
        server.script("/twirp/read", reset(), json(200, "{\"code\":0,\"msg\":\"\",\"data\":{\"v\":5}}"));
        StepVerifier.create(bili.exchange(READ_ONLY_POST.request().json(java.util.Map.of("pageNum", 1)).build(), Value.class))
                .expectNext(new Value(5)).verifyComplete();
        assertThat(server.received("/twirp/read")).hasSize(2);
    }

    @Test
    void aRefusedConnectionProvesTheMutationWasNotSentAndIsRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var connects = new java.util.concurrent.atomic.AtomicInteger();
        BiliClient refused = BiliClient.builder().credentials(Fixtures.cookie())
                .httpClient(h -> h.doOnConnect(c -> connects.incrementAndGet()))
                .endpoints(Endpoints.singleBase(URI.create("http://127.0.0.1:" + port)))
                .rateLimit(RateLimit.unlimited())
                .retry(RetryPolicy.defaults().withMaxAttempts(3).withBackoff(Duration.ofMillis(1), Duration.ofMillis(1)))
                .build();
        StepVerifier.create(refused.execute(WRITE.request().form("fid", 1).build()))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isExactlyInstanceOf(BiliTransportException.class);
                    assertThat(((BiliTransportException) e).notSent()).isTrue();
                })
                .verify();
        assertThat(connects).as("three connection attempts: the mutation provably never left").hasValue(3);
        refused.close();
    }

    @Test
    void aRetriedRequestIsSignedAnewWithTheTimeOfItsAttempt() {
        var now = new java.util.concurrent.atomic.AtomicLong(1_700_000_000_000L);
        java.time.Clock clock = new java.time.Clock() {
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            public java.time.Clock withZone(java.time.ZoneId z) {
                return this;
            }

            public java.time.Instant instant() {
                return java.time.Instant.ofEpochMilli(now.get());
            }
        };
        ScriptedServer.Answer failAndAdvance = (r, req, res) -> {
            now.addAndGet(7_000);
            return html(503).answer(r, req, res);
        };
        server.script("/x/read", failAndAdvance, ok("{\"v\":6}"));
        BiliClient app = Fixtures.client(server).credentials(Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID)).clock(clock).build();
        Route appRead = Route.get("T5", Host.API, "/x/read", Auth.COOKIE_OR_APP);
        StepVerifier.create(app.exchange(appRead.request().query("vmid", 1).build(), Value.class)).expectNext(new Value(6)).verifyComplete();
        var sent = server.received("/x/read");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).query()).contains("ts=1700000000&");
        assertThat(sent.get(1).query()).contains("ts=1700000007&");
        sent.forEach(r -> assertThat(SigningOnTheWireTest.appSignatureValid(r.query(), AppKey.ANDROID)).isTrue());
        app.close();
    }
}
