package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.code;
import static io.github.biliflux.core.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Risk control and rate limits are siblings: -352 is neither retried nor cools the host, -412 both. */
class ExceptionTreeTest {

    record Value(int v) {
    }

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);

    final ScriptedServer server = new ScriptedServer();
    final BiliClient bili = Fixtures.client(server).build();

    @AfterEach
    void close() {
        bili.close();
        server.close();
    }

    @Test
    void riskControlIsAThrottleButNotARateLimit() {
        server.script("/x/read", json(200, "{\"code\":-352,\"message\":\"-352\",\"data\":{\"v_voucher\":\"v1\"}}"));
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(RiskControlException.class)
                        .isInstanceOf(ThrottledException.class)
                        .isNotInstanceOf(RateLimitedException.class))
                .verify();
        assertThat(server.received("/x/read")).as("-352 is not retried").hasSize(1);
        assertThat(bili.cooldownRemainingMillis(Host.API)).as("-352 does not cool the host down").isZero();
    }

    @Test
    void aRateLimitIsAThrottleThatIsRetried() {
        server.script("/x/read", code(-412, "intercepted"), ScriptedServer.ok("{\"v\":1}"));
        StepVerifier.create(bili.exchange(READ.request().build(), Value.class)).expectNext(new Value(1)).verifyComplete();
        assertThat(server.received("/x/read")).hasSize(2);
        assertThat(ThrottledException.class).isAssignableFrom(RateLimitedException.class);
    }
}
