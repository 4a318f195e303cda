package io.github.biliflux.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.biliflux.testkit.SpecExamples;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.course.internal.PaidPage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spec's example answer of C1 (001, verbatim in src/test/resources/spec) decoded field by field. */
class SpecExampleTest {

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

    @Test
    void c1Example() throws IOException {
        JsonNode root = mapper.readTree(SpecExamples.json("C1"));
        assertThat(root.path("code").asInt()).isZero();
        assertThat(root.path("message").asText()).isEqualTo("success");
        PaidPage page = mapper.treeToValue(root.path("data"), PaidPage.class);

        assertThat(page.enableCash()).isFalse();
        assertThat(page.next()).isFalse();
        assertThat(page.pn()).isEqualTo(1);
        assertThat(page.ps()).isEqualTo(10);
        assertThat(page.pt()).isEqualTo(1);
        assertThat(page.total()).isEqualTo(4L);
        assertThat(page.data()).extracting(PaidCourse::seasonId, PaidCourse::title, PaidCourse::upId, PaidCourse::epCount,
                PaidCourse::price, PaidCourse::statusCode, PaidCourse::status, PaidCourse::updateInfo, PaidCourse::url)
                .containsExactly(
                        tuple(3739L, "3天Python数据分析+AI特训营（涨薪提效）", 507961306L, 10, new BigDecimal("9900"), -1,
                                CourseStatus.UNKNOWN, "已更新8课时 | 共10课时，含3场直播", "https://www.bilibili.com/cheese/play/ss3739"),
                        tuple(316L, "《宏观经济学》期末4小时讲完附赠讲义", 437356691L, 10, new BigDecimal("3900"), 10,
                                CourseStatus.UNKNOWN, "已完结 | 共10课时", "https://www.bilibili.com/cheese/play/ss316"),
                        tuple(183L, "国家玮：高考作文提分攻略", 485578465L, 26, new BigDecimal("15800"), 10,
                                CourseStatus.UNKNOWN, "已完结 | 共26课时", "https://www.bilibili.com/cheese/play/ss183"),
                        tuple(3635L, "【加v私信班班+领福利包】3天学会日系头像体验营", 517460337L, 7, new BigDecimal("9900"), -1,
                                CourseStatus.UNKNOWN, "已更新4课时 | 共7课时，含4场直播", "https://www.bilibili.com/cheese/play/ss3635"));
        assertThat(page.data()).extracting(PaidCourse::progress).containsExactly(
                new CourseProgress(142768L, "Python数据分析与AI应用", 5451L),
                new CourseProgress(7605L, "第5课   宏观经济政策", 221L),
                new CourseProgress(6897L, "避开作文失分陷阱，掌握诀窍提分不难", 565L),
                new CourseProgress(139570L, "day1：头发&五官的结构", 3633L));
        assertThat(page.data()).extracting(PaidCourse::cover).containsExactly(
                "https://archive.biliimg.com/bfs/archive/ebc47a3705dc0dacd9fe83abd6f3cfcf1057817f.jpg",
                "https://archive.biliimg.com/bfs/archive/d633d51b103fef1c37c299dd321f4980b813ca87.jpg",
                "http://i0.hdslb.com/bfs/archive/9324c16f5eaa57210bfac34e5e4f2d6e2b09b9f0.jpg",
                "https://archive.biliimg.com/bfs/archive/6a4abfc535139cc9dfbc6e7bf84a1cfa19b6d560.jpg");
        assertThat(page.data()).allSatisfy(c -> {
            assertThat(c.expiryDay()).isZero();
            assertThat(c.expired()).isFalse();
            assertThat(c.payGid()).isEqualTo(327L);
            assertThat(c.payStatus()).isZero();
            assertThat(c.platformPrice()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(c.seasonStyle()).isZero();
        });
        assertThat(page.data().get(0).subTitle()).isEqualTo("报名后请及时添加班主任微信，领取配套资料、代码及相关福利~");
        assertThat(page.data().get(1).subTitle()).isEqualTo("西方经济学宏观部分，考点浓缩精讲。4小时突破。\n"
                + "适合期末、补考、重修。同时也适合专转本、自考、银行、事业单位等考试。\n樊士德教授带你轻松考高分。");
        assertThat(page.data().get(2).subTitle()).startsWith("国家玮：高考语文名师、北大博士、满分作文学员缔造者\n\n解决满分作文政策和规则")
                .endsWith("快速提分。");
        assertThat(page.data().get(3).subTitle()).isEqualTo("3天学会日系头像，轻松画出属于自己的作品！");
        assertThat(page.data().get(0).progress().lastTime()).isEqualTo(Duration.ofSeconds(5451));
    }

    @Test
    void tableStatusValuesAndMissingFields() throws IOException {
        assertThat(mapper.readValue("{\"id\": 1, \"status\": 1}", PaidCourse.class).status()).isEqualTo(CourseStatus.WATCHABLE);
        assertThat(mapper.readValue("{\"id\": 1, \"status\": \"2\"}", PaidCourse.class).status()).isEqualTo(CourseStatus.NOT_WATCHABLE);
        PaidCourse bare = mapper.readValue("{\"id\": 5, \"price\": 99.9, \"new_field\": [1]}", PaidCourse.class);
        assertThat(bare.status()).isEqualTo(CourseStatus.UNKNOWN);
        assertThat(bare.statusCode()).isZero();
        assertThat(bare.progress()).isEqualTo(CourseProgress.NONE);
        assertThat(bare.price()).isEqualByComparingTo("99.9");
        assertThat(bare.title()).isEmpty();
        assertThat(CourseStatus.of(-1)).isEqualTo(CourseStatus.UNKNOWN);
        assertThat(CourseStatus.of(10)).isEqualTo(CourseStatus.UNKNOWN);
        PaidPage noHints = mapper.readValue("{\"data\": null}", PaidPage.class);
        assertThat(noHints.data()).isEmpty();
        assertThat(noHints.next()).isNull();
        assertThat(noHints.total()).isNull();
    }
}
