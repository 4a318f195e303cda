package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.code;
import static io.github.biliflux.core.ScriptedServer.json;
import static io.github.biliflux.core.ScriptedServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.internal.Signing;
import io.github.biliflux.testkit.TestClock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** What the signers put on the wire: cookies and csrf, APP signatures, WBI signatures and keys. */
class SigningOnTheWireTest {

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.COOKIE_OR_APP);
    static final Route WRITE = Route.post("T2", Host.API, "/x/write", Auth.COOKIE_OR_APP);
    static final Route WBI = Route.get("T3", Host.API, "/x/wbi/read", Auth.NONE).wbiSigned();
    static final Route MANGA = Route.post("M1", Host.MANGA, "/twirp/user.v1.User/GetCoupons", Auth.COOKIE_OR_APP)
            .envelope(Envelope.MANGA).readOnly().signedWith(AppKey.MANGA_ANDROID);
    static final Route VIP = Route.get("A4", Host.API, "/x/vip/web/user/info", Auth.COOKIE);
    static final Route EXP = Route.get("A3", Host.WWW, "/plus/account/exp.php", Auth.COOKIE_WITH_MID).envelope(Envelope.NUMBER);

    static final String IMG = "7cd084941338484aae1ad9425b84077c";
    static final String SUB = "4932caff0ff746eab6f01bf08b70ac45";

    final ScriptedServer server = new ScriptedServer();
    final TestClock clock = TestClock.at(Instant.ofEpochMilli(1_702_204_169_000L));

    @AfterEach
    void close() {
        server.close();
    }

    static Map<String, String> params(String encoded) {
        Map<String, String> m = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return m;
        }
        for (String kv : encoded.split("&")) {
            int eq = kv.indexOf('=');
            m.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    /** Checks an APP signature the way the service does. */
    static boolean appSignatureValid(String encoded, AppKey key) {
        Map<String, String> p = params(encoded);
        String sign = p.remove("sign");
        return key.appKey().equals(p.get("appkey")) && Signing.appSign(p, key.appSec()).equals(sign);
    }

    @Test
    void cookieLoginSendsCookiesBrowserHeadersAndCsrfOnForms() {
        BiliClient bili = Fixtures.client(server).credentials(Fixtures.cookie().withBuvid3("buvid-x")).build();
        StepVerifier.create(bili.execute(READ.request().query("vmid", 5).build())).verifyComplete();
        StepVerifier.create(bili.execute(WRITE.request().form("fid", 9).form("act", 1).build())).verifyComplete();
        var get = server.received("/x/read").get(0);
        assertThat(get.header("Cookie")).isEqualTo("SESSDATA=" + Fixtures.SESSDATA + "; bili_jct=" + Fixtures.BILI_JCT + "; DedeUserID=4242; buvid3=buvid-x");
        assertThat(get.header("User-Agent")).startsWith("Mozilla/5.0");
        assertThat(get.header("Referer")).isEqualTo("https://www.bilibili.com/");
        assertThat(get.query()).isEqualTo("vmid=5");
        var post = server.received("/x/write").get(0);
        assertThat(post.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(params(post.body())).containsEntry("fid", "9").containsEntry("act", "1").containsEntry("csrf", Fixtures.BILI_JCT);
        bili.close();
    }

    @Test
    void userAgentAndRefererCanBeOverridden() {
        BiliClient bili = Fixtures.client(server).userAgent("MyApp/1.0").referer("https://space.bilibili.com/").build();
        StepVerifier.create(bili.execute(Route.get("T", Host.API, "/x/pub", Auth.NONE).request().build())).verifyComplete();
        assertThat(server.received("/x/pub").get(0).header("User-Agent")).isEqualTo("MyApp/1.0");
        assertThat(server.received("/x/pub").get(0).header("Referer")).isEqualTo("https://space.bilibili.com/");
        assertThat(server.received("/x/pub").get(0).header("Cookie")).isNull();
        bili.close();
    }

    @Test
    void appLoginSignsTheQueryOfAGetAndTheFormOfAPost() {
        BiliClient bili = Fixtures.client(server).credentials(Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID)).clock(clock).build();
        StepVerifier.create(bili.execute(READ.request().query("vmid", 5).query("name", "a b").build())).verifyComplete();
        StepVerifier.create(bili.execute(WRITE.request().form("fid", 9).build())).verifyComplete();
        var get = server.received("/x/read").get(0);
        assertThat(params(get.query())).containsEntry("access_key", Fixtures.ACCESS_KEY).containsEntry("appkey", "1d8b6e7d45233436")
                .containsEntry("ts", "1702204169").containsEntry("name", "a b");
        assertThat(appSignatureValid(get.query(), AppKey.ANDROID)).isTrue();
        assertThat(get.header("Cookie")).isNull();
        var post = server.received("/x/write").get(0);
        assertThat(post.query()).isEmpty();
        assertThat(appSignatureValid(post.body(), AppKey.ANDROID)).isTrue();
        assertThat(params(post.body())).doesNotContainKey("csrf");
        bili.close();
    }

    @Test
    void aRouteSignsWithItsOwnAppKeyAndAddsAppParamsOnlyInAppMode() {
        BiliClient app = Fixtures.client(server).credentials(Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID)).clock(clock).build();
        var req = MANGA.request().json(Map.of("pageNum", 1, "pageSize", 20)).appParam("mobi_app", "android_comic").appParam("platform", "android").build();
        StepVerifier.create(app.execute(req)).verifyComplete();
        var sent = server.received(MANGA.path()).get(0);
        assertThat(appSignatureValid(sent.query(), AppKey.MANGA_ANDROID)).isTrue();
        assertThat(params(sent.query())).containsEntry("mobi_app", "android_comic").containsEntry("appkey", "cc8617fd6961e070");
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.body()).contains("\"pageNum\":1");
        app.close();

        BiliClient web = Fixtures.client(server).credentials(Fixtures.cookie()).build();
        StepVerifier.create(web.execute(req)).verifyComplete();
        var webSent = server.received(MANGA.path()).get(1);
        assertThat(webSent.query()).isEmpty();
        assertThat(webSent.body()).doesNotContain("csrf");
        web.close();
    }

    @Test
    void aRouteRefusesCredentialsItCannotUseBeforeSendingAnything() {
        BiliClient app = Fixtures.client(server).credentials(Credentials.app(Fixtures.ACCESS_KEY, AppKey.ANDROID)).build();
        StepVerifier.create(app.execute(VIP.request().build()))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(MissingCredentialsException.class)
                        .hasMessageContaining("A4").hasMessageContaining("cookie credentials").hasMessageContaining("app credentials"))
                .verify();
        BiliClient noMid = Fixtures.client(server).credentials(Credentials.cookie(Fixtures.SESSDATA, Fixtures.BILI_JCT)).build();
        StepVerifier.create(noMid.execute(EXP.request().build()))
                .expectErrorSatisfies(e -> assertThat(e).isExactlyInstanceOf(MissingCredentialsException.class).hasMessageContaining("DedeUserID"))
                .verify();
        BiliClient anonymous = Fixtures.client(server).build();
        StepVerifier.create(anonymous.execute(READ.request().build())).expectError(MissingCredentialsException.class).verify();
        assertThat(server.received()).isEmpty();
        app.close();
        noMid.close();
        anonymous.close();
    }

    static ScriptedServer.Answer nav(String img, String sub, int code) {
        return json(200, "{\"code\":" + code + ",\"message\":\"账号未登录\",\"ttl\":1,\"data\":{\"isLogin\":false,\"wbi_img\":{"
                + "\"img_url\":\"https://i0.hdslb.com/bfs/wbi/" + img + ".png\",\"sub_url\":\"https://i0.hdslb.com/bfs/wbi/" + sub + ".png\"}}}");
    }

    static boolean wbiValid(String rawQuery, String img, String sub) {
        Map<String, String> p = params(rawQuery);
        String wRid = p.remove("w_rid");
        return Signing.wRid(Signing.wbiQuery(p), Signing.mixinKey(img, sub)).equals(wRid);
    }

    @Test
    void wbiKeysAreFetchedOnceForConcurrentCallersAndSignEveryCall() {
        server.script("/x/web-interface/nav", nav(IMG, SUB, -101));
        BiliClient bili = Fixtures.client(server).clock(clock).build();
        StepVerifier.create(Flux.range(0, 10).flatMap(i -> bili.execute(WBI.request().query("mid", i).query("kw", "a b").build())))
                .verifyComplete();
        assertThat(server.received("/x/web-interface/nav")).hasSize(1);
        var calls = server.received("/x/wbi/read");
        assertThat(calls).hasSize(10).allSatisfy(r -> {
            assertThat(r.query()).contains("wts=1702204169").contains("kw=a%20b");
            assertThat(wbiValid(r.query(), IMG, SUB)).isTrue();
        });
        bili.close();
    }

    @Test
    void wbiKeysAreRefreshedOnExpiry() {
        server.script("/x/web-interface/nav", nav(IMG, SUB, 0), nav(SUB, IMG, 0));
        BiliClient bili = Fixtures.client(server).clock(clock).wbiKeyTtl(Duration.ofMinutes(30)).build();
        StepVerifier.create(bili.execute(WBI.request().query("mid", 1).build())).verifyComplete();
        clock.advance(Duration.ofMinutes(29));
        StepVerifier.create(bili.execute(WBI.request().query("mid", 1).build())).verifyComplete();
        assertThat(server.received("/x/web-interface/nav")).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        StepVerifier.create(bili.execute(WBI.request().query("mid", 1).build())).verifyComplete();
        assertThat(server.received("/x/web-interface/nav")).hasSize(2);
        assertThat(wbiValid(server.received("/x/wbi/read").get(2).query(), SUB, IMG)).isTrue();
        bili.close();
    }

    @Test
    void aRefusedWbiSignatureRefreshesTheKeysOnce() {
        server.script("/x/web-interface/nav", nav(IMG, SUB, 0), nav(SUB, IMG, 0));
        server.script("/x/wbi/read", code(-352, "风控校验失败"), ok("{}"));
        BiliClient bili = Fixtures.client(server).clock(clock).build();
        StepVerifier.create(bili.exchangeTree(WBI.request().query("mid", 1).build())).expectNextCount(1).verifyComplete();
        assertThat(server.received("/x/web-interface/nav")).hasSize(2);
        assertThat(wbiValid(server.received("/x/wbi/read").get(1).query(), SUB, IMG)).isTrue();

        server.script("/x/web-interface/nav", nav(IMG, SUB, 0));
        server.script("/x/wbi/read", code(-403, "访问权限不足"), code(-403, "访问权限不足"));
        StepVerifier.create(bili.execute(WBI.request().query("mid", 1).build())).expectError(AccessDeniedException.class).verify();
        assertThat(server.received("/x/web-interface/nav")).hasSize(3);
        assertThat(server.received("/x/wbi/read")).hasSize(4);
        bili.close();
    }
}
