package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A1-A9 and the live coin/today/exp, with their auth modes (C, A, C/A, C+D). */
class AccountTest extends EmulatorTest {

    private Http.Res app(String path, Map<String, String> params) {
        return http.get(path, Http.appSigned(params, world.session(ME).accessKey(), Http.ANDROID_KEY,
                Http.ANDROID_SEC), null);
    }

    @Test
    void accountByCookieOrApp() {
        JsonNode a = get("/x/member/web/account").data();
        assertThat(a.path("mid").asLong()).isEqualTo(ME);
        assertThat(a.path("uname").asText()).isEqualTo("社会易姐QwQ");
        assertThat(app("/x/member/web/account", Map.of()).data().path("mid").asLong()).isEqualTo(ME);
        assertCode(http.get("/x/member/web/account", Map.of(), null), -101);
    }

    @Test
    void appSignIsVerified() {
        Map<String, String> p = Http.appSigned(Map.of(), world.session(ME).accessKey(), Http.ANDROID_KEY,
                Http.ANDROID_SEC);
        Map<String, String> wrong = new java.util.LinkedHashMap<>(p);
        wrong.put("sign", "0".repeat(32));
        Http.Res r = http.get("/x/member/web/exp/reward", wrong, null);
        assertCode(r, -3);
        assertThat(r.json().path("message").asText()).isEqualTo("API校验密匙错误");
        Map<String, String> tampered = new java.util.LinkedHashMap<>(p);
        tampered.put("extra", "1");
        assertCode(http.get("/x/member/web/exp/reward", tampered, null), -3);
        assertCode(http.get("/x/member/web/exp/reward", Http.appSigned(Map.of(), "unknown", Http.ANDROID_KEY,
                Http.ANDROID_SEC), null), -101);
        assertCode(http.get("/x/member/web/exp/reward", Http.appSigned(Map.of(), world.session(ME).accessKey(),
                "0000000000000000", Http.ANDROID_SEC), null), -3);
        for (Map.Entry<String, String> pair : Map.of("783bbb7264451d82", "2653583c8873dea268ab9386918b1d65",
                "4409e2ce8ffd12b8", "59b43e04ad6965f34319062b478f83dd", "27eb53fc9058f8c3",
                "c2ed53a74eeefe3cf99fbd01d8c9c375").entrySet()) {
            assertCode(http.get("/x/member/web/exp/reward", Http.appSigned(Map.of("q", "a b*~"),
                    world.session(ME).accessKey(), pair.getKey(), pair.getValue()), null), 0);
        }
        world.logout(ME);
        assertCode(http.get("/x/member/web/exp/reward", p, null), -101);
        assertCode(http.get("/x/member/web/exp/reward", Map.of(), cookie), -101);
        assertCode(http.get("/x/member/web/exp/reward", Map.of(), world.cookieHeader(ME)), 0);
    }

    @Test
    void expPhpNeedsDedeUserIdAndHasItsOwnEnvelope() {
        world.setCoinExpToday(ME, 30);
        JsonNode ok = get("/plus/account/exp.php").json();
        assertThat(ok.path("number").asInt()).isEqualTo(30);
        assertThat(ok.has("data")).isFalse();
        String noDede = "SESSDATA=" + world.session(ME).sessdata();
        assertThat(http.get("/plus/account/exp.php", Map.of(), noDede).code()).isEqualTo(-101);
        assertThat(http.get("/plus/account/exp.php", Map.of(), noDede + "; DedeUserID=0").code()).isEqualTo(-101);
        JsonNode live = get("/x/web-interface/coin/today/exp").json();
        assertThat(live.path("data").asInt()).isEqualTo(30);
        assertCode(app("/x/web-interface/coin/today/exp", Map.of()), -101);
    }

    @Test
    void vipIsCookieOnlyAndPassportWantsDedeOrApp() {
        assertThat(get("/x/vip/web/user/info").data().path("vip_status").asInt()).isEqualTo(1);
        assertCode(app("/x/vip/web/user/info", Map.of()), -101);
        JsonNode p = get("/web/site/user/info").json();
        assertThat(p.path("code").asInt()).isZero();
        assertThat(p.has("message")).isFalse();
        assertThat(p.path("data").path("account_safe").has("Score")).isTrue();
        String noDede = "SESSDATA=" + world.session(ME).sessdata();
        assertThat(http.get("/web/site/user/info", Map.of(), noDede).code()).isEqualTo(-101);
        assertThat(app("/web/site/user/info", Map.of()).code()).isZero();
    }

    @Test
    void realName() {
        assertThat(get("/x/member/realname/status").data().path("status").asInt()).isEqualTo(1);
        JsonNode d = get("/x/member/realname/apply/status").data();
        assertThat(d.path("status").asInt()).isEqualTo(1);
        assertThat(d.path("card").asText()).contains("*");
        assertCode(http.get("/x/member/realname/status", Map.of(), null), -101);
    }

    @Test
    void coinLogShowsTheLastWeekWithFractions() {
        JsonNode d = get("/x/member/web/coin/log").data();
        assertThat(d.path("count").asInt()).isEqualTo(13).isEqualTo(d.path("list").size());
        assertThat(d.path("list").toString()).contains("\"delta\":0.1");
        assertThat(d.path("list").get(0).path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")
                .isEqualTo("2024-06-01 10:00:00");
        world.clock(java.time.Clock.fixed(NOW.plusSeconds(5 * 86_400), java.time.ZoneOffset.UTC));
        assertThat(get("/x/member/web/coin/log").data().path("count").asInt()).isLessThan(13);
    }

    @Test
    void signRules() {
        String sign = "高中技术宅一枚,爱好MC&电子";
        assertCode(post("/x/member/web/sign/update", "user_sign", sign), 0);
        assertThat(world.sign(ME)).isEqualTo(sign);
        assertThat(get("/x/member/web/account").data().path("sign").asText()).isEqualTo(sign);
        assertCode(post("/x/member/web/sign/update", "user_sign", "字".repeat(70)), 0);
        assertCode(post("/x/member/web/sign/update", "user_sign", "字".repeat(71)), 40022);
        assertCode(post("/x/member/web/sign/update", "user_sign", "😀".repeat(70)), 0);
        assertCode(post("/x/member/web/sign/update", "user_sign", "今天也很开心[doge]"), 40021);
        assertCode(post("/x/member/web/sign/update", "user_sign", "含有敏感词的签名"), 40015);
        world.sensitiveWords("kitten");
        assertCode(post("/x/member/web/sign/update", "user_sign", "KITTEN"), 40015);
        assertCode(post("/x/member/web/sign/update", "user_sign", "[plain brackets]"), 0);
        assertCode(post("/x/member/web/sign/update"), 0);
        assertThat(world.sign(ME)).isEmpty();
        assertCode(post("/x/member/web/sign/update", "user_sign", "x", "csrf", "bad"), -111);
        Map<String, String> form = Http.appSigned(Map.of("user_sign", "app sign"), world.session(ME).accessKey(),
                Http.ANDROID_KEY, Http.ANDROID_SEC);
        assertCode(http.post("/x/member/web/sign/update", form, null), 0);
        assertThat(world.sign(ME)).isEqualTo("app sign");
    }
}
