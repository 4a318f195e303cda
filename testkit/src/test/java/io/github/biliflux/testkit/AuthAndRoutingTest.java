package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.biliflux.testkit.internal.Signatures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WBI, nav keys, csrf on every mutation, unknown routes and methods, signature test vectors. */
class AuthAndRoutingTest extends EmulatorTest {

    static final String WBI = "/x/space/wbi/acc/relation";

    @Test
    void protocolTestVectors() {
        assertThat(Signatures.appSign(Map.of("appkey", "1d8b6e7d45233436", "test", "123"),
                "560c52ccd288fed045859ed18bffd973")).isEqualTo("8a3fdd74911862810f5c78f65afcce5d");
        assertThat(Signatures.appSign(Map.of("aid", "26273789", "appkey", "1d8b6e7d45233436", "cid", "49075258",
                "ts", "0"), "560c52ccd288fed045859ed18bffd973")).isEqualTo("06c0a4f2ede21984313552bd9439db18");
        String mixin = Signatures.mixinKey("7cd084941338484aae1ad9425b84077c", "4932caff0ff746eab6f01bf08b70ac45");
        assertThat(mixin).isEqualTo("ea1db124af3c7062474693fa704f4ff8");
        Map<String, String> p = Map.of("foo", "114", "bar", "514", "zab", "1919810", "wts", "1702204169");
        assertThat(Signatures.wbiQuery(p)).isEqualTo("bar=514&foo=114&wts=1702204169&zab=1919810");
        assertThat(Signatures.wRid(p, mixin)).isEqualTo("8f6f2b5b3d485fe1886cec6a0be8c5d4");
    }

    @Test
    void navServesWbiKeysEvenWhenNotLoggedIn() {
        JsonNode anon = http.get("/x/web-interface/nav", Map.of(), null).json();
        assertThat(anon.path("code").asInt()).isEqualTo(-101);
        assertThat(anon.path("data").path("isLogin").asBoolean()).isFalse();
        assertThat(anon.path("data").path("wbi_img").path("img_url").asText())
                .endsWith("/7cd084941338484aae1ad9425b84077c.png");
        JsonNode me = get("/x/web-interface/nav").json();
        assertThat(me.path("code").asInt()).isZero();
        assertThat(me.path("data").path("mid").asLong()).isEqualTo(ME);
        World.WbiKeys rotated = world.rotateWbiKeys();
        assertThat(get("/x/web-interface/nav").data().path("wbi_img").path("sub_url").asText())
                .endsWith("/" + rotated.subKey() + ".png");
    }

    @Test
    void wbiRouteChecksWRid() {
        Map<String, String> p = Map.of("mid", "" + World.FRIEND_MID);
        Http.Res ok = http.get(WBI, Http.wbiSigned(p, world.wbiKeys()), cookie);
        assertCode(ok, 0);
        assertThat(ok.data().path("relation").path("attribute").asInt()).isEqualTo(6);
        assertCode(http.get(WBI, p, cookie), -403);
        Map<String, String> wrong = new LinkedHashMap<>(Http.wbiSigned(p, world.wbiKeys()));
        wrong.put("mid", "1");
        assertCode(http.get(WBI, wrong, cookie), -403);
        Map<String, String> quoted = Http.wbiSigned(Map.of("mid", "" + World.FRIEND_MID, "x", "a b!'()*~"),
                world.wbiKeys());
        assertCode(http.get(WBI, quoted, cookie), 0);
        World.WbiKeys old = world.wbiKeys();
        world.rotateWbiKeys();
        assertCode(http.get(WBI, Http.wbiSigned(p, old), cookie), -403);
        assertCode(http.get(WBI, Http.wbiSigned(p, world.wbiKeys()), cookie), 0);
        assertCode(http.get(WBI, Http.wbiSigned(p, world.wbiKeys()), null), -101);
    }

    @Test
    void everyMutationChecksCsrf() {
        String[] mutations = {"/x/relation/modify", "/x/relation/batch/modify", "/x/relation/tag/create",
            "/x/relation/tag/update", "/x/relation/tag/del", "/x/relation/tags/addUsers",
            "/x/relation/tags/copyUsers", "/x/relation/tags/moveUsers", "/x/member/web/sign/update",
            WalletTest.PAY, WalletTest.MESSAGE, "/x/ugcpay/trade/elec/pay/quick"};
        for (String path : mutations) {
            assertCode(http.post(path, map("fid", "5", "act", "1"), cookie), -111);
            assertCode(http.post(path, map("fid", "5", "act", "1", "csrf", "x"), cookie), -111);
            assertCode(http.post(path, map("fid", "5", "act", "1", "csrf", csrf), null), -101);
        }
        assertThat(emu.journal().mutations()).isEmpty();
        assertCode(http.post("/x/relation/modify", map("fid", "5", "act", "1", "csrf_token", csrf), cookie), 0);
        Map<String, String> app = Http.appSigned(map("fid", "6", "act", "1"), world.session(ME).accessKey(),
                Http.ANDROID_KEY, Http.ANDROID_SEC);
        assertCode(http.post("/x/relation/modify", app, null), 0);
        assertThat(world.follows(ME, 5)).isTrue();
        assertThat(world.follows(ME, 6)).isTrue();
    }

    @Test
    void unknownRoutesAndMethods() {
        Http.Res unknown = get("/x/nothing/here");
        assertCode(unknown, -404);
        assertCode(http.get("/x/relation/modify", Map.of(), cookie), -405);
        assertCode(http.post("/x/relation/followers", map("vmid", "1"), cookie), -405);
        assertThat(emu.journal().entries("/x/nothing/here").get(0).specId()).isNull();
    }

    @Test
    void sessionsAreDeterministicAndSecretsHidden() {
        World other = World.demo();
        assertThat(other.session(ME)).isEqualTo(world.session(ME));
        assertThat(world.session(ME).toString()).doesNotContain(world.session(ME).sessdata());
        World.Session s = world.addUser(4242, "新用户", new java.math.BigDecimal("3"));
        assertThat(getAs(4242, "/x/member/web/account").data().path("uname").asText()).isEqualTo("新用户");
        assertThat(world.balance(4242)).isEqualByComparingTo("3");
        assertThat(s.cookieHeader()).contains("DedeUserID=4242");
    }
}
