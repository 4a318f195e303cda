package io.github.biliflux.manga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.manga.internal.CouponPage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec's own example answers (000, copied verbatim into src/test/resources/spec) decoded with the
 * client's mapper into the public records, field by field; then the table's forms of the same fields.
 */
class SpecExamplesTest {

    private static BiliClient bili;
    private static ObjectMapper mapper;

    @BeforeAll
    static void mapper() {
        bili = BiliClient.create();
        mapper = bili.objectMapper();
    }

    @AfterAll
    static void close() {
        bili.close();
    }

    static JsonNode example(String name) throws IOException {
        return mapper.readTree(io.github.biliflux.testkit.SpecExamples.json(name));
    }

    @Test
    void m1ExampleCoupon() throws IOException {
        JsonNode root = example("M1");
        assertThat(root.path("code").asInt()).isZero();
        assertThat(root.path("msg").asText()).isEmpty();
        CouponPage page = mapper.treeToValue(root.path("data"), CouponPage.class);
        assertThat(page.userCoupons()).hasSize(1);
        Coupon c = page.userCoupons().get(0);
        assertThat(c.id()).isEqualTo(7473503L);
        assertThat(c.remainAmount()).isEqualTo(1);
        assertThat(c.expireTime()).isEqualTo(Instant.parse("2022-05-24T04:00:33Z")); // 12:00:33 in Beijing
        assertThat(c.reason()).isEqualTo(CouponLabel.ofText("积分兑换"));
        assertThat(c.type().text()).contains("福利券");
        assertThat(c.type().code()).isEqualTo(OptionalInt.of(7)); // from type_num
        assertThat(c.ctime()).isEqualTo(Instant.parse("2022-05-17T04:00:33Z"));
        assertThat(c.totalAmount()).isEqualTo(1);
        assertThat(c.limits()).isEmpty();
        assertThat(c.typeNum()).isEqualTo(7);
        assertThat(c.willExpire()).isFalse();
        assertThat(c.discount()).isZero();
        assertThat(c.discountLimit()).isZero();
        assertThat(c.fromCard()).isFalse();
        assertThat(c.validTime()).isEqualTo("0001-01-01");
        assertThat(c.discountBase()).isZero();
    }

    @Test
    void m1ExampleSummary() throws IOException {
        CouponSummary s = mapper.treeToValue(example("M1").path("data"), CouponSummary.class);
        assertThat(s.totalRemainAmount()).isEqualTo(1);
        assertThat(s.couponInfo()).isEqualTo(new CouponInfo(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                1, 8, 1, 0, 0, 60007L, 0, 0, 0, false));
        CouponInfo i = s.couponInfo();
        assertThat(i.remainCoupon()).isEqualTo(1);
        assertThat(i.remainSilver()).isEqualTo(8);
        assertThat(i.remainShopCoupon()).isEqualTo(1);
        assertThat(i.newSuitId()).isEqualTo(60007L);
        assertThat(i.vipPrivCoupon()).isFalse();
    }

    @Test
    void m1TableFormsDecodeToo() throws IOException {
        // The table says num for expire_time, ctime, reason and type; numbers may also come quoted.
        String json = """
                {"ID": "7473504", "remain_amount": 2, "expire_time": 1653364833, "reason": 3, "type": "7",
                 "ctime": "1652760033", "total_amount": 3, "limits": [{"x": 1}], "type_num": 7, "will_expire": 1,
                 "is_from_card": 1, "valid_time": "2022-06-01", "extra_new_field": {"a": []}}""";
        Coupon c = mapper.readValue(json, Coupon.class);
        assertThat(c.id()).isEqualTo(7473504L);
        assertThat(c.expireTime()).isEqualTo(Instant.ofEpochSecond(1653364833L));
        assertThat(c.ctime()).isEqualTo(Instant.ofEpochSecond(1652760033L));
        assertThat(c.reason()).isEqualTo(CouponLabel.ofCode(3));
        assertThat(c.type()).isEqualTo(CouponLabel.ofCode(7));
        assertThat(c.willExpire()).isTrue();
        assertThat(c.fromCard()).isTrue();
        assertThat(c.limits()).hasSize(1);
        assertThat(c.validTime()).isEqualTo("2022-06-01");

        Coupon bare = mapper.readValue("{\"ID\": 1}", Coupon.class);
        assertThat(bare.expireTime()).isNull();
        assertThat(bare.ctime()).isNull();
        assertThat(bare.reason()).isEqualTo(CouponLabel.EMPTY);
        assertThat(bare.type()).isEqualTo(CouponLabel.EMPTY);
        assertThat(bare.limits()).isEmpty();
        assertThat(bare.validTime()).isEmpty();

        Coupon both = mapper.readValue("{\"ID\": 2, \"reason\": {\"code\": 4, \"text\": \"活动\"}, \"expire_time\": \"\"}", Coupon.class);
        assertThat(both.reason()).isEqualTo(new CouponLabel(OptionalInt.of(4), Optional.of("活动")));
        assertThat(both.expireTime()).isNull();
        assertThat(mapper.readValue("{\"ID\": 3, \"ctime\": 1652760033000}", Coupon.class).ctime())
                .isEqualTo(Instant.ofEpochSecond(1652760033L));

        assertThatThrownBy(() -> mapper.readValue("{\"ID\": 4, \"ctime\": \"yesterday\"}", Coupon.class))
                .hasMessageContaining("yesterday");
    }

    @Test
    void m2ExampleEveryComic() throws IOException {
        JsonNode root = example("M2");
        assertThat(root.path("code").asInt()).isZero();
        assertThat(root.path("msg").asText()).isEmpty();
        List<BoughtComic> comics = mapper.convertValue(root.path("data"), new TypeReference<List<BoughtComic>>() {
        });
        assertThat(comics).extracting(BoughtComic::id, BoughtComic::comicId, BoughtComic::comicTitle,
                BoughtComic::boughtEpCount, BoughtComic::lastOrd, BoughtComic::ctime, BoughtComic::lastShortTitle,
                BoughtComic::buyType, c -> c.orders().size()).containsExactly(
                tuple(20276887L, 26554L, "擅长捉弄的(原)高木同学", 13, new BigDecimal("235"), Instant.parse("2022-01-26T13:39:33Z"), "235", 0, 3),
                tuple(15129353L, 29726L, "NEW GAME!", 4, new BigDecimal("180"), Instant.parse("2021-06-21T08:29:27Z"), "180", 0, 3),
                tuple(13525712L, 28080L, "终将成为你", 5, new BigDecimal("45"), Instant.parse("2021-04-09T00:26:41Z"), "第45话", 9, 0),
                tuple(13469083L, 28198L, "米诺斯的牛肉100%", 1, new BigDecimal("6"), Instant.parse("2021-04-06T04:21:20Z"), "6", 0, 0),
                tuple(13436048L, 27545L, "宝石之国", 11, new BigDecimal("96"), Instant.parse("2021-04-04T16:09:17Z"), "96", 0, 3),
                tuple(13237163L, 27877L, "极主夫道", 6, new BigDecimal("96"), Instant.parse("2021-03-27T04:28:27Z"), "96", 0, 3),
                tuple(12913068L, 25519L, "四月是你的谎言", 36, new BigDecimal("44"), Instant.parse("2021-03-11T15:58:50Z"), "44", 0, 3),
                tuple(12793711L, 28537L, "前男友成为了那样的男子", 3, new BigDecimal("54"), Instant.parse("2021-03-06T11:20:03Z"), "44", 0, 3),
                tuple(12751111L, 26009L, "辉夜大小姐想让我告白 ~天才们的恋爱头脑战~", 2, new BigDecimal("259"), Instant.parse("2021-03-04T16:16:13Z"), "269", 0, 3),
                tuple(12479079L, 27867L, "邪神与厨二病少女", 194, new BigDecimal("216.5"), Instant.parse("2021-02-22T16:18:06Z"), "216.5", 0, 3),
                tuple(11749927L, 29119L, "足艺少女小村同学", 13, new BigDecimal("58"), Instant.parse("2021-01-31T03:04:31Z"), "最终话", 0, 3),
                tuple(11605399L, 29053L, "如果是理想中的女儿,就算是世界最强也能受到宠爱吗?", 5, new BigDecimal("28"), Instant.parse("2021-01-25T11:40:15Z"), "28", 0, 3),
                tuple(11386175L, 28656L, "就算这样,“步”还是靠了过来", 2, new BigDecimal("160"), Instant.parse("2021-01-17T02:48:29Z"), "160", 0, 3),
                tuple(11356706L, 26731L, "在魔王城说晚安", 148, new BigDecimal("292"), Instant.parse("2021-01-16T03:25:47Z"), "292", 0, 3),
                tuple(11079049L, 27355L, "堀与宫村", 119, new BigDecimal("126"), Instant.parse("2021-01-05T04:52:59Z"), "page.122", 0, 3));
        for (int i = 0; i < comics.size(); i++) {
            BoughtComic c = comics.get(i);
            JsonNode raw = root.path("data").get(i);
            assertThat(c.hcover()).isEqualTo(raw.path("hcover").asText()).startsWith("http");
            assertThat(c.scover()).isEqualTo(raw.path("scover").asText()).startsWith("http");
            assertThat(c.vcover()).isEqualTo(raw.path("vcover").asText()).startsWith("http");
            assertThat(c.goldStatus()).isEqualTo(2);
            assertThat(c.couponStatus()).isEqualTo(2);
            assertThat(c.comicStatus()).isZero();
            assertThat(c.epForChapters()).isZero();
            assertThat(c.enableAutoPay()).isFalse();
            assertThat(c.type()).isZero();
        }
        BoughtComic first = comics.get(0);
        assertThat(first.hcover()).isEqualTo("http://i0.hdslb.com/bfs/manga-static/443b4a49be1e92cd204af1472e2a7f41c1df7336.png");
        assertThat(first.scover()).isEqualTo("http://i0.hdslb.com/bfs/manga-static/e29eb39aed0971851efe5998d3b9c156ba52bb4e.jpg");
        assertThat(first.vcover()).isEqualTo("http://i0.hdslb.com/bfs/manga-static/9536b3d6c6eaef5992986d6b06d35188c20f4366.jpg");
        assertThat(first.orders()).containsExactly(new PaymentMethod(2, "漫读券"), new PaymentMethod(3, "通用券"),
                new PaymentMethod(1, "漫币"));
        assertThat(comics.get(2).orders()).isEmpty();
        assertThat(comics.get(9).lastOrd()).isEqualByComparingTo("216.5");
        assertThat(comics.get(9).lastOrd().scale()).isEqualTo(1);
    }

    @Test
    void m2TableFormsDecodeToo() throws IOException {
        // The table: comic_id str, bug_type (sic), orders obj; last_ord may come quoted.
        String json = """
                {"id": 1, "comic_id": "26554", "last_ord": "216.5", "bug_type": 9, "ctime": 1643204373,
                 "orders": {"id": 2, "title": "漫读券"}, "enable_auto_pay": true}""";
        BoughtComic c = mapper.readValue(json, BoughtComic.class);
        assertThat(c.comicId()).isEqualTo(26554L);
        assertThat(c.lastOrd()).isEqualByComparingTo("216.5");
        assertThat(c.buyType()).isEqualTo(9);
        assertThat(c.ctime()).isEqualTo(Instant.ofEpochSecond(1643204373L));
        assertThat(c.orders()).containsExactly(new PaymentMethod(2, "漫读券"));
        assertThat(c.enableAutoPay()).isTrue();

        BoughtComic bare = mapper.readValue("{\"id\": 2, \"orders\": null}", BoughtComic.class);
        assertThat(bare.orders()).isEmpty();
        assertThat(bare.lastOrd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(bare.comicTitle()).isEmpty();
        assertThat(bare.ctime()).isNull();
    }
}
