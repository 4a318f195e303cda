package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.html;
import static io.github.biliflux.core.ScriptedServer.json;
import static io.github.biliflux.core.ScriptedServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Issue 12, point 6: one nav request per key refresh whatever the retry settings, a failed fetch
 * remembered for a while (on the client's clock), keys validated, a nav that never answers costing
 * one deadline.
 */
@Timeout(30)
class WbiKeysFailureTest {

    static final Route WBI = Route.get("T3", Host.API, "/x/wbi/read", Auth.NONE).wbiSigned();
    static final String NAV = "/x/web-interface/nav";
    static final String IMG = "7cd084941338484aae1ad9425b84077c";
    static final String SUB = "4932caff0ff746eab6f01bf08b70ac45";

    final ScriptedServer server = new ScriptedServer();
    final AtomicLong now = new AtomicLong(1_702_204_169_000L);
    final Clock clock = new Clock() {
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId z) {
            return this;
        }

        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    @AfterEach
    void close() {
        server.close();
    }

    static ScriptedServer.Answer nav(String imgUrl, String subUrl) {
        return ok("{\"isLogin\":false,\"wbi_img\":{\"img_url\":" + imgUrl + ",\"sub_url\":" + subUrl + "}}");
    }

    static String png(String key) {
        return "\"https://i0.hdslb.com/bfs/wbi/" + key + ".png\"";
    }

    /** Five retries allowed: the old code made 5 x 5 nav requests per call. */
    BiliClient client() {
        return Fixtures.client(server).clock(clock)
                .retry(RetryPolicy.defaults().withMaxAttempts(5).withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))
                .build();
    }

    @Test
    void everyKindOfBadNavCostsOneNavRequestAndATypedError() {
        Map<String, ScriptedServer.Answer> bad = new java.util.LinkedHashMap<>();
        bad.put("no keys", ok("{\"isLogin\":false}"));
        bad.put("non-string keys", nav("123", "{\"a\":1}"));
        bad.put("HTML", json(200, "<html><body>hello</body></html>"));
        bad.put("412", html(412));
        bad.put("500", html(500));
        bad.put("-412", ScriptedServer.code(-412, "请求被拦截"));
        bad.put("short keys", nav(png("abc"), png(SUB)));
        bad.put("upper-case keys", nav(png(IMG.toUpperCase()), png(SUB)));
        bad.forEach((what, answer) -> {
            server.received().clear();
            server.script(NAV, answer);
            BiliClient bili = client();
            try {
                StepVerifier.create(bili.exchangeTree(WBI.request().query("a", 1).build()))
                        .expectErrorSatisfies(e -> {
                            assertThat(e).as(what).isInstanceOf(WbiKeysException.class);
                            assertThat(e.getMessage()).as(what).contains("T3 GET /x/wbi/read");
                        })
                        .verify(Duration.ofSeconds(5));
                // Concurrent and repeated calls within the negative cache's time cost no more nav requests.
                StepVerifier.create(Flux.range(0, 20).flatMap(i -> bili.exchangeTree(WBI.request().build()).onErrorResume(WbiKeysException.class, e -> Mono.empty())))
                        .verifyComplete();
                assertThat(server.received(NAV)).as(what).hasSize(1);
                assertThat(server.received("/x/wbi/read")).as(what + ": never signed with bad keys").isEmpty();
            } finally {
                bili.close();
            }
        });
    }

    @Test
    void keysThatAreNot32LowercaseHexNameTheProblemNotTheValue() {
        server.script(NAV, nav(png("ABCDEF0123456789abcdef0123456789"), png(SUB)));
        BiliClient bili = client();
        StepVerifier.create(bili.exchangeTree(WBI.request().build()))
                .expectErrorSatisfies(e -> assertThat(e.getMessage()).contains("img_url").contains("32 lowercase hex")
                        .doesNotContain("ABCDEF0123456789"))
                .verify(Duration.ofSeconds(5));
        bili.close();
    }

    @Test
    void aFailedFetchIsRememberedBrieflyThenTriedAgain() {
        server.script(NAV, html(500), nav(png(IMG), png(SUB)));
        BiliClient bili = client();
        StepVerifier.create(bili.exchangeTree(WBI.request().build())).expectError(WbiKeysException.class).verify(Duration.ofSeconds(5));
        now.addAndGet(5_000);
        StepVerifier.create(bili.exchangeTree(WBI.request().build())).expectError(WbiKeysException.class).verify(Duration.ofSeconds(5));
        assertThat(server.received(NAV)).hasSize(1);
        now.addAndGet(6_000);
        StepVerifier.create(bili.exchangeTree(WBI.request().build())).expectNextCount(1).verifyComplete();
        assertThat(server.received(NAV)).hasSize(2);
        assertThat(server.received("/x/wbi/read")).hasSize(1);
        bili.close();
    }

    @Test
    void aNavThatNeverAnswersCostsOneDeadline() {
        server.script(NAV, (r, req, res) -> Mono.never());
        BiliClient bili = Fixtures.client(server).clock(clock).deadline(Duration.ofMillis(300))
                .retry(RetryPolicy.defaults().withMaxAttempts(5).withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))
                .build();
        StepVerifier.create(bili.exchangeTree(WBI.request().build()))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(WbiKeysException.class)
                        .hasCauseInstanceOf(DeadlineExceededException.class))
                .verify(Duration.ofSeconds(5)); // 5 x 5 deadlines would be 7.5 s
        RateLimitTest.await(() -> server.received(NAV).size() >= 1);
        assertThat(server.received(NAV)).hasSize(1);
        bili.close();
    }
}
