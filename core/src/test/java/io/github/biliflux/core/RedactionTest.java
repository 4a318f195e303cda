package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.test.StepVerifier;

/**
 * Issue 12, point 7: a server message is clipped, and every secret of the client's credentials and
 * every sign, w_rid and csrf value is redacted from exception messages, even when the server
 * echoes the whole request back.
 */
@Timeout(20)
class RedactionTest {

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.COOKIE_OR_APP);
    static final Route WRITE = Route.post("T2", Host.API, "/x/write", Auth.COOKIE_OR_APP);
    static final Route WBI = Route.get("T3", Host.API, "/x/wbi/read", Auth.NONE).wbiSigned();

    final ScriptedServer server = new ScriptedServer();

    @AfterEach
    void close() {
        server.close();
    }

    /** Answers -400 with a message quoting the request: query, form, cookie, all of it (raw and decoded). */
    static ScriptedServer.Answer echo() {
        return (r, req, res) -> {
            String everything = "bad request: " + r.query() + " " + r.body() + " Cookie: " + r.header("cookie")
                    + " decoded: " + URLDecoder.decode(r.query() + " " + r.body(), StandardCharsets.UTF_8);
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("code", -400);
            envelope.put("message", everything);
            try {
                return json(200, new ObjectMapper().writeValueAsString(envelope)).answer(r, req, res);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static Map<String, String> params(String encoded) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : encoded.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                m.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    void assertClean(Throwable e, String... secrets) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            for (String s : secrets) {
                assertThat(m).as("message of %s", t.getClass().getSimpleName()).doesNotContain(s);
            }
            assertThat(t.toString()).doesNotContain(Fixtures.SESSDATA);
        }
        if (e instanceof BiliApiException a) {
            for (String s : secrets) {
                assertThat(a.serverMessage()).doesNotContain(s);
            }
        }
    }

    @Test
    void anEchoOfAnAppSignedRequestHasNoAccessKeyNorSign() {
        server.fallback(r -> echo());
        BiliClient bili = Fixtures.client(server).credentials(Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID)).build();
        StepVerifier.create(bili.exchangeTree(READ.request().query("x", "1").build()))
                .expectErrorSatisfies(e -> {
                    String sign = params(server.received("/x/read").get(0).query()).get("sign");
                    assertThat(sign).hasSize(32);
                    assertThat(e).isInstanceOf(BadRequestException.class);
                    assertThat(e.getMessage()).contains("<redacted>").contains("x=1");
                    assertClean(e, Fixtures.ACCESS_KEY, sign, AppKey.ANDROID.appSec());
                })
                .verify(Duration.ofSeconds(5));
        StepVerifier.create(bili.exchangeTree(WRITE.request().form("y", "2").build()))
                .expectErrorSatisfies(e -> {
                    String sign = params(server.received("/x/write").get(0).body()).get("sign");
                    assertClean(e, Fixtures.ACCESS_KEY, sign);
                })
                .verify(Duration.ofSeconds(5));
        bili.close();
    }

    @Test
    void anEchoOfACookieMutationHasNoSessdataNorCsrf() {
        server.fallback(r -> echo());
        BiliClient bili = Fixtures.client(server).credentials(Fixtures.cookie()).build();
        StepVerifier.create(bili.exchangeTree(WRITE.request().form("y", "2").build()))
                .expectErrorSatisfies(e -> {
                    assertThat(server.received("/x/write").get(0).body()).contains("csrf=" + Fixtures.BILI_JCT);
                    assertThat(e.getMessage()).contains("<redacted>");
                    assertClean(e, Fixtures.SESSDATA, Fixtures.BILI_JCT);
                })
                .verify(Duration.ofSeconds(5));
        bili.close();
    }

    @Test
    void anEchoOfAWbiSignedRequestHasNoWRid() {
        server.script("/x/web-interface/nav", SigningOnTheWireTest.nav(SigningOnTheWireTest.IMG, SigningOnTheWireTest.SUB, 0));
        server.script("/x/wbi/read", echo());
        BiliClient bili = Fixtures.client(server).build();
        StepVerifier.create(bili.exchangeTree(WBI.request().query("q", "v").build()))
                .expectErrorSatisfies(e -> {
                    String wRid = params(server.received("/x/wbi/read").get(0).query()).get("w_rid");
                    assertThat(wRid).hasSize(32);
                    assertClean(e, wRid);
                })
                .verify(Duration.ofSeconds(5));
        bili.close();
    }

    @Test
    void aFifteenMegabyteMessageIsClipped() {
        String huge = "x".repeat(15 * 1024 * 1024);
        server.fallback(r -> json(200, "{\"code\":-500,\"message\":\"" + huge + "\"}"));
        BiliClient bili = Fixtures.client(server).retry(RetryPolicy.none()).maxResponseSize(32 * 1024 * 1024).build();
        StepVerifier.create(bili.exchangeTree(Route.get("T1", Host.API, "/x/read", Auth.NONE).request().build()))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(ServerErrorException.class);
                    assertThat(e.getMessage().length()).isLessThan(500);
                    assertThat(((BiliApiException) e).serverMessage()).startsWith("xxxx").contains("15728640 characters in all");
                })
                .verify(Duration.ofSeconds(10));
        bili.close();
    }
}
