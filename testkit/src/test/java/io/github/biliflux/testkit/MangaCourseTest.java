package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** M1, M2 paging and auth (manga appkey), C1's pn rule and -401. */
class MangaCourseTest extends EmulatorTest {

    static final String COUPONS = "/twirp/user.v1.User/GetCoupons";
    static final String COMICS = "/twirp/user.v1.User/GetAutoBuyComics";

    private JsonNode coupons(String body) {
        return http.postJson(COUPONS, Map.of(), body, cookie).json();
    }

    @Test
    void couponsPageWithDefault20AndNotExpiredFilter() {
        JsonNode p1 = coupons("{\"pageNum\":1,\"notExpired\":true}");
        assertThat(p1.path("code").asInt()).isZero();
        assertThat(p1.path("msg").asText()).isEmpty();
        assertThat(p1.path("data").path("user_coupons")).hasSize(20);
        assertThat(p1.path("data").path("user_coupons").get(0).path("expire_time").asText())
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        Set<Long> ids = new HashSet<>();
        int total = 0;
        for (int pn = 1; pn <= 4; pn++) {
            JsonNode page = coupons("{\"pageNum\":" + pn + ",\"pageSize\":20,\"notExpired\":true}")
                    .path("data").path("user_coupons");
            page.forEach(c -> ids.add(c.path("ID").asLong()));
            total += page.size();
        }
        assertThat(total).isEqualTo(45).isEqualTo(ids.size());
        assertThat(coupons("{\"pageNum\":1,\"pageSize\":100}").path("data").path("user_coupons")).hasSize(50);
        assertThat(coupons("{\"pageNum\":1,\"pageSize\":101}").path("code").asInt()).isEqualTo(-400);
        assertThat(coupons("{\"pageNum\":1,\"pageSize\":0}").path("code").asInt()).isEqualTo(-400);
        assertThat(coupons("{\"pageNum\":0}").path("code").asInt()).isEqualTo(-400);
        assertThat(http.postJson(COUPONS, Map.of(), "{}", null).json().path("code").asInt()).isEqualTo(-101);
    }

    @Test
    void mangaAppModeNeedsTheMangaAppkey() {
        String key = world.session(ME).accessKey();
        Map<String, String> q = Http.appSigned(Map.of("mobi_app", "android_comic", "platform", "android"), key,
                Http.MANGA_KEY, Http.MANGA_SEC);
        assertThat(http.postJson(COUPONS, q, "{\"pageNum\":1}", null).json().path("code").asInt()).isZero();
        Map<String, String> other = Http.appSigned(Map.of(), key, Http.ANDROID_KEY, Http.ANDROID_SEC);
        assertThat(http.postJson(COUPONS, other, "{\"pageNum\":1}", null).json().path("code").asInt())
                .isEqualTo(-3);
        assertThat(http.postJson(COMICS, q, "{\"page_num\":1}", null).json().path("data")).hasSize(15);
    }

    @Test
    void comicsPageWithDefault15() {
        int total = 0;
        for (int pn = 1; pn <= 3; pn++) {
            JsonNode d = http.postJson(COMICS, Map.of(), "{\"page_num\":" + pn + "}", cookie).json().path("data");
            assertThat(d.isArray()).isTrue();
            total += d.size();
        }
        assertThat(total).isEqualTo(37);
        JsonNode all = http.postJson(COMICS, Map.of(), "{\"page_num\":1,\"page_size\":50}", cookie).json()
                .path("data");
        assertThat(all.toString()).contains("\"last_ord\":216.5");
        assertThat(all.get(0).path("comic_id").isNumber()).isTrue();
        assertThat(http.postJson(COMICS, Map.of(), "{\"page_num\":1,\"page_size\":0}", cookie).json()
                .path("code").asInt()).isEqualTo(-400);
    }

    @Test
    void paidCoursesOnlyPageOne() {
        JsonNode d = get("/pugv/pay/web/my/paid", "ps", "10", "pn", "1").json();
        assertThat(d.path("message").asText()).isEqualTo("success");
        assertThat(d.has("ttl")).isFalse();
        assertThat(d.path("data").path("total").asInt()).isEqualTo(4);
        assertThat(d.path("data").path("next").asBoolean()).isFalse();
        JsonNode two = get("/pugv/pay/web/my/paid", "ps", "2", "pn", "1").data();
        assertThat(two.path("data")).hasSize(2);
        assertThat(two.path("next").asBoolean()).isTrue();
        assertThat(get("/pugv/pay/web/my/paid", "ps", "2", "pn", "2").code()).isEqualTo(-400);
        Http.Res anon = http.get("/pugv/pay/web/my/paid", map("ps", "10", "pn", "1"), null);
        assertThat(anon.code()).isEqualTo(-401);
        assertThat(anon.json().path("message").asText()).isEqualTo("非法访问");
    }

    @Test
    void holdingsAreOneValue() {
        assertThat(world.holdings(ME)).isEqualTo(new World.Holdings(4, 50, 37));
        world.addBoughtComics(ME, 500_000, 3);
        assertThat(world.holdings(ME)).isEqualTo(new World.Holdings(4, 50, 40));
    }

    @Test
    void holdingsCanGrowForTests() {
        world.addPaidCourses(ME, 90_000, 120);
        world.addCoupons(ME, 1, 30, java.time.Instant.now().plus(java.time.Duration.ofDays(3)));
        world.addBoughtComics(ME, 500_000, 10);
        assertThat(world.paidCourseCount(ME)).isEqualTo(124);
        assertThat(world.couponCount(ME)).isEqualTo(80);
        assertThat(world.boughtComicCount(ME)).isEqualTo(47);
        JsonNode courses = http.get("/pugv/pay/web/my/paid", Map.of("ps", "200", "pn", "1"), cookie).json().path("data");
        assertThat(courses.path("total").asInt()).isEqualTo(124);
        assertThat(courses.path("data")).hasSize(124);
        assertThat(courses.path("data").get(0).path("id").asLong()).isEqualTo(90_119);
        assertThat(coupons("{\"pageNum\":1,\"pageSize\":100}").path("data").path("user_coupons")).hasSize(80);
    }
}
