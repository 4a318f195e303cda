package io.github.biliflux.manga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.NotLoggedInException;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

/** Bad arguments fail at the call with nothing sent; service errors are typed; faults are retried (read-only). */
class ValidationAndErrorsTest extends EmulatorFixture {

    @Test
    void pageSizesAreCheckedBeforeAnythingIsSent() {
        MangaClient manga = manga(Mode.COOKIE);
        assertThatThrownBy(() -> CouponQuery.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize").hasMessageContaining("1..100").hasMessageContaining("was 0");
        assertThatThrownBy(() -> CouponQuery.builder().pageSize(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize").hasMessageContaining("1..100");
        assertThatThrownBy(() -> CouponQuery.builder().tabType(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tabType");
        assertThatThrownBy(() -> CouponQuery.builder().type(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> manga.boughtComics(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize").hasMessageContaining("1..100");
        assertThatThrownBy(() -> manga.boughtComics(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize").hasMessageContaining("was 101");
        assertThatThrownBy(() -> manga.coupons(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("query");
        assertThatThrownBy(() -> MangaClient.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("bili");
        assertThatThrownBy(() -> manga.withAppParams((MangaAppParams) null)).isInstanceOf(NullPointerException.class);
        assertThat(CouponQuery.builder().pageSize(1).build().pageSize()).isEqualTo(1);
        assertThat(CouponQuery.builder().pageSize(100).build().pageSize()).isEqualTo(100);
        assertThat(CouponQuery.defaults().pageSize()).isEqualTo(20);
        assertThat(CouponQuery.defaults().notExpired()).isEmpty();
        assertThat(journal().entries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anExpiredLoginIsNotLoggedInAndNotRetried(Mode mode) {
        MangaClient manga = manga(mode);
        emu.world().logout(me().mid());

        StepVerifier.create(manga.coupons())
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(NotLoggedInException.class)
                        .hasMessageContaining("M1")
                        .satisfies(x -> assertThat(((BiliApiException) x).code()).isEqualTo(-101))
                        .satisfies(x -> assertThat(((BiliApiException) x).serverMessage()).isEqualTo("账号未登录")));
        StepVerifier.create(manga.boughtComics()).verifyError(NotLoggedInException.class);
        StepVerifier.create(manga.couponSummary()).verifyError(NotLoggedInException.class);
        assertThat(journal().entries()).hasSize(3).extracting(Journal.Entry::code).containsOnly(-101);
    }

    @Test
    void withoutCredentialsNothingIsSent() {
        MangaClient manga = MangaClient.of(bili(Credentials.none()));

        StepVerifier.create(manga.coupons()).verifyErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(MissingCredentialsException.class).hasMessageContaining("cookie or app credentials"));
        StepVerifier.create(manga.boughtComics()).verifyError(MissingCredentialsException.class);
        assertThat(journal().entries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void faultsAreRetriedBecauseTheseReadsAreIdempotent(Mode mode) {
        MangaClient manga = manga(mode);
        emu.faults().failNext(1, Fault.HTTP_5XX).failNext(1, Fault.RESET_AFTER_HANDLER).failNext(1, Fault.CODE_412);

        assertThat(manga.couponSummary().block().totalRemainAmount()).isPositive();

        assertThat(journal().entries(COUPONS)).extracting(Journal.Entry::fault)
                .containsExactly(Fault.HTTP_5XX, Fault.RESET_AFTER_HANDLER, Fault.CODE_412, null);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aStreamSurvivesFaultsMidwayAndDeliversEveryEntryOnce(Mode mode) {
        MangaClient manga = manga(mode);
        // Page 1 passes, then page 2 meets a truncated body, malformed JSON and -799 before it goes through.
        List<Coupon> all = manga.coupons().doOnNext(c -> {
            if (c.id() == 7473503L) {
                emu.faults().failNext(1, Fault.TRUNCATED_BODY).failNext(1, Fault.MALFORMED_JSON).failNext(1, Fault.CODE_799);
            }
        }).collectList().block();

        assertThat(all).hasSize(50).extracting(Coupon::id).doesNotHaveDuplicates();
        assertThat(journal().entries(COUPONS)).extracting(Journal.Entry::fault)
                .containsExactly(null, Fault.TRUNCATED_BODY, Fault.MALFORMED_JSON, Fault.CODE_799, null, null);
        List<BoughtComic> comics = manga.boughtComics().doOnSubscribe(s -> emu.faults().failNext(2, Fault.HTTP_412_HTML))
                .collectList().block();
        assertThat(comics).hasSize(37);
    }

    @Test
    void persistentFaultsSurfaceAfterTheLastAttempt() {
        MangaClient manga = manga(Mode.COOKIE);
        emu.faults().failNext(4, Fault.CODE_412);

        StepVerifier.create(manga.boughtComics()).verifyError(RateLimitedException.class);
        assertThat(journal().count(COMICS)).isEqualTo(4); // RetryPolicy.defaults(): 4 attempts
    }

    @Test
    void toStringNeverShowsSecrets() {
        BiliClient b = bili(Mode.COOKIE.credentials(me()));
        assertThat(MangaClient.of(b).toString()).doesNotContain(me().sessdata()).doesNotContain(me().biliJct());
        BiliClient a = bili(Mode.APP.credentials(me()));
        assertThat(MangaClient.of(a).toString()).doesNotContain(me().accessKey());
    }
}
