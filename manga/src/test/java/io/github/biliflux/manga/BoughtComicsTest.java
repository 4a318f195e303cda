package io.github.biliflux.manga;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.Page;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

/** M2 against the emulator (37 bought comics in the demo world), with both logins. */
class BoughtComicsTest extends EmulatorFixture {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void fifteenPerPageEndsAtTheShortThirdPage(Mode mode) {
        List<BoughtComic> all = manga(mode).boughtComics().collectList().block();

        assertThat(all).hasSize(37);
        assertThat(all).extracting(BoughtComic::id).doesNotHaveDuplicates();
        List<Journal.Entry> sent = journal().entries(COMICS);
        assertThat(sent).extracting(e -> CouponsTest.body(e).path("page_num").asInt()).containsExactly(1, 2, 3);
        assertThat(sent).allSatisfy(e -> {
            assertThat(CouponsTest.body(e).path("page_size").asInt()).isEqualTo(15);
            assertThat(e.code()).isZero();
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void decodesTheEmulatorsComics(Mode mode) {
        List<BoughtComic> all = manga(mode).boughtComics(100).collectList().block();

        BoughtComic first = all.get(0);
        assertThat(first.id()).isEqualTo(20276887L);
        assertThat(first.comicId()).isEqualTo(26554L);
        assertThat(first.comicTitle()).isEqualTo("擅长捉弄的(原)高木同学");
        assertThat(first.hcover()).startsWith("https://i0.hdslb.com/bfs/manga-static/");
        assertThat(first.scover()).startsWith("https://i0.hdslb.com/bfs/manga-static/");
        assertThat(first.vcover()).startsWith("https://i0.hdslb.com/bfs/manga-static/");
        assertThat(first.ctime()).isEqualTo(java.time.Instant.ofEpochSecond(1_643_204_373L));
        assertThat(first.orders()).extracting(PaymentMethod::title).containsExactly("漫读券", "通用券", "漫币");
        assertThat(first.goldStatus()).isEqualTo(2);
        assertThat(first.couponStatus()).isEqualTo(2);
        assertThat(first.enableAutoPay()).isFalse();
        BoughtComic fractional = all.get(9);
        assertThat(fractional.lastOrd()).isEqualByComparingTo(new BigDecimal("216.5"));
        assertThat(fractional.lastShortTitle()).isEqualTo("216.5");
        assertThat(all.get(2).buyType()).isEqualTo(9);
        assertThat(all.get(2).orders()).isEmpty();
        assertThat(journal().count(COMICS)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void exactMultipleOfThePageSize(Mode mode) {
        StepVerifier.create(manga(mode).boughtComics(37).byPage())
                .assertNext(p -> assertThat(p.items()).hasSize(37))
                .assertNext(p -> {
                    assertThat(p.items()).isEmpty();
                    assertThat(p.hasMore()).isFalse();
                    assertThat(p.truncated()).isFalse();
                })
                .verifyComplete();
        assertThat(journal().count(COMICS)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAccountWithoutComicsGetsOneEmptyPage(Mode mode) {
        World.Session newcomer = emu.world().addUser(778L, "newcomer");

        StepVerifier.create(manga(mode, newcomer).boughtComics().byPage())
                .assertNext(p -> assertThat(p.items()).isEmpty())
                .verifyComplete();
        assertThat(journal().count(COMICS)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void takeCostsOnlyThePagesItNeeds(Mode mode) {
        List<BoughtComic> some = manga(mode).boughtComics(10).take(12).collectList().block();

        assertThat(some).hasSize(12);
        assertThat(journal().count(COMICS)).isEqualTo(2);
        assertThat(some).extracting(BoughtComic::id).doesNotHaveDuplicates();
        assertThat(manga(mode).boughtComics(5).byPage(8).flatMapIterable(Page::items).collectList().block())
                .hasSize(2);
    }
}
