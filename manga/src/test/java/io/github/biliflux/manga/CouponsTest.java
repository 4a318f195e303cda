package io.github.biliflux.manga;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.core.Page;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

/** M1 against the emulator, with both logins: paging, its ends, filters and the summary. */
class CouponsTest extends EmulatorFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode body(Journal.Entry e) {
        try {
            return JSON.readTree(e.jsonBody());
        } catch (Exception ex) {
            throw new AssertionError("not JSON: " + e.jsonBody(), ex);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyCouponOnceOverAShortLastPage(Mode mode) {
        List<Coupon> all = manga(mode).coupons().collectList().block();

        assertThat(all).hasSize(50);
        assertThat(all).extracting(Coupon::id).doesNotHaveDuplicates().first().isEqualTo(7473503L);
        List<Journal.Entry> sent = journal().entries(COUPONS);
        // 20 + 20 + 10: the short third page ends the list without a fourth request.
        assertThat(sent).extracting(e -> body(e).path("pageNum").asInt()).containsExactly(1, 2, 3);
        assertThat(sent).allSatisfy(e -> {
            assertThat(e.method()).isEqualTo("POST");
            assertThat(body(e).path("pageSize").asInt()).isEqualTo(20);
            assertThat(body(e).has("notExpired")).isFalse(); // unset filters are not sent
            assertThat(e.code()).isZero();
            assertThat(e.callerMid()).isEqualTo(World.DEMO_MID);
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void decodesTheEmulatorsCoupons(Mode mode) {
        Coupon first = manga(mode).coupons().blockFirst();

        // The demo world's first coupon expires 12 hours after "now" and was obtained 7 days before that.
        assertThat(first.id()).isEqualTo(7473503L);
        assertThat(first.expireTime()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(first.ctime()).isEqualTo(first.expireTime().minus(Duration.ofDays(7)));
        assertThat(first.reason()).isEqualTo(CouponLabel.ofText("积分兑换"));
        assertThat(first.type().text()).contains("福利券");
        assertThat(first.type().code()).isEqualTo(OptionalInt.of(7));
        assertThat(first.remainAmount()).isEqualTo(1);
        assertThat(first.totalAmount()).isEqualTo(1);
        assertThat(first.willExpire()).isTrue();
        assertThat(first.validTime()).isEqualTo("0001-01-01");
        assertThat(journal().count(COUPONS)).as("take(1) costs one page").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void exactMultipleOfThePageSizeEndsAtAnEmptyPage(Mode mode) {
        CouponQuery q = CouponQuery.builder().pageSize(25).build();

        StepVerifier.create(manga(mode).coupons(q).byPage())
                .assertNext(p -> assertPage(p, 1, 25, true))
                .assertNext(p -> assertPage(p, 2, 25, true))
                .assertNext(p -> assertPage(p, 3, 0, false))
                .verifyComplete();
        assertThat(journal().entries(COUPONS)).extracting(e -> body(e).path("pageSize").asInt()).containsOnly(25);
    }

    private static void assertPage(Page<Coupon> p, int number, int items, boolean more) {
        assertThat(p.number()).isEqualTo(number);
        assertThat(p.items()).hasSize(items);
        assertThat(p.hasMore()).isEqualTo(more);
        assertThat(p.truncated()).isFalse();
        assertThat(p.total()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void notExpiredFilterIsSentAndHonoured(Mode mode) {
        CouponQuery q = CouponQuery.builder().pageSize(10).notExpired(true).tabType(1).type(0).build();

        List<Coupon> valid = manga(mode).coupons(q).collectList().block();

        assertThat(valid).hasSize(45).allSatisfy(c -> assertThat(c.expireTime()).isAfter(NOW));
        List<Journal.Entry> sent = journal().entries(COUPONS);
        assertThat(sent).hasSize(5); // 4 full pages of 10 and a short one of 5
        JsonNode b = body(sent.get(0));
        assertThat(b.path("notExpired").asBoolean()).isTrue();
        assertThat(b.path("tabType").asInt()).isEqualTo(1);
        assertThat(b.path("type").isInt()).isTrue();
        assertThat(b.path("type").asInt()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAccountWithoutCouponsGetsOneEmptyPage(Mode mode) {
        World.Session newcomer = emu.world().addUser(777L, "newcomer");

        StepVerifier.create(manga(mode, newcomer).coupons()).verifyComplete();

        assertThat(journal().entries(COUPONS)).singleElement().satisfies(e -> assertThat(e.callerMid()).isEqualTo(777L));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void summaryCountsEveryValidCoupon(Mode mode) {
        MangaClient manga = manga(mode);
        List<Coupon> valid = manga.coupons(CouponQuery.builder().pageSize(100).notExpired(true).build()).collectList().block();
        int remain = valid.stream().mapToInt(Coupon::remainAmount).sum();
        long willExpire = valid.stream().filter(Coupon::willExpire).count();
        journal().clear();

        CouponSummary s = manga.couponSummary().block();

        assertThat(remain).isPositive();
        assertThat(s.totalRemainAmount()).isEqualTo(remain);
        assertThat(s.couponInfo().remainCoupon()).isEqualTo(remain);
        assertThat(s.couponInfo().couponWillExpire()).isEqualTo((int) willExpire).isPositive();
        assertThat(s.couponInfo().remainSilver()).isEqualTo(8);
        assertThat(s.couponInfo().remainShopCoupon()).isEqualTo(1);
        assertThat(s.couponInfo().newSuitId()).isEqualTo(60007L);
        assertThat(s.couponInfo().vipPrivCoupon()).isFalse();
        // The totals cover every coupon, so one coupon is enough to ask for.
        assertThat(journal().entries(COUPONS)).singleElement()
                .satisfies(e -> assertThat(body(e).path("pageSize").asInt()).isEqualTo(1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nothingIsSentBeforeSubscriptionAndEachSubscriptionPagesAnew(Mode mode) {
        var coupons = manga(mode).coupons(CouponQuery.builder().pageSize(50).build());
        var summary = manga(mode).couponSummary();
        assertThat(journal().entries()).isEmpty();

        assertThat(coupons.count().block()).isEqualTo(50);
        assertThat(coupons.count().block()).isEqualTo(50);
        assertThat(summary.block()).isNotNull();
        assertThat(journal().entries(COUPONS)).extracting(e -> body(e).path("pageNum").asInt())
                .containsExactly(1, 2, 1, 2, 1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void resumesFromAPage(Mode mode) {
        List<Coupon> fromThird = manga(mode).coupons(CouponQuery.builder().pageSize(20).build()).byPage(3)
                .flatMapIterable(Page::items).collectList().block();

        assertThat(fromThird).hasSize(10);
        assertThat(journal().entries(COUPONS)).extracting(e -> body(e).path("pageNum").asInt()).containsExactly(3);
        assertThat(fromThird.get(0).id()).isEqualTo(7473503L - 40 * 17L); // the 41st coupon of the demo world
    }
}
