package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Laziness, demand, the ways a list ends, resumption and deduplication of {@link PagedFlux}. */
class PagedFluxTest {

    record Fan(long mid) {
    }

    /** A list served page by page, recording every page asked for; it may change between pages. */
    static final class FakeList {
        final List<Long> mids = new CopyOnWriteArrayList<>();
        final List<Integer> asked = new CopyOnWriteArrayList<>();
        boolean withTotal = true;
        Boolean next;
        int capPages = Integer.MAX_VALUE;
        int capEntries = Integer.MAX_VALUE;
        IntFunction<RuntimeException> failOn = pn -> null;
        Runnable betweenPages = () -> { };

        FakeList(long n) {
            LongStream.rangeClosed(1, n).forEach(mids::add);
        }

        Mono<PageResult<Fan>> fetch(int pn, int ps) {
            return Mono.fromCallable(() -> {
                asked.add(pn);
                RuntimeException failure = failOn.apply(pn);
                if (failure != null) {
                    throw failure;
                }
                if (pn > capPages) {
                    throw new PageLimitException(new ApiError(22007, "访问超过5页", "R1", 200, null));
                }
                List<Fan> items = new ArrayList<>();
                for (int i = (pn - 1) * ps; i < Math.min(pn * ps, mids.size()) && i < capEntries; i++) {
                    items.add(new Fan(mids.get(i)));
                }
                betweenPages.run();
                Long total = withTotal ? (long) mids.size() : null;
                Boolean hasNext = next == null ? null : (pn * ps < mids.size());
                return new PageResult<>(items, total, hasNext);
            }).subscribeOn(Schedulers.boundedElastic());
        }

        PagedFlux<Fan> flux(int ps) {
            return PagedFlux.create(ps, Fan::mid, this::fetch);
        }
    }

    final List<Object> sink = new ArrayList<>();

    @AfterEach
    void clear() {
        sink.clear();
    }

    @Test
    void nothingIsFetchedBeforeSubscription() {
        FakeList list = new FakeList(100);
        PagedFlux<Fan> flux = list.flux(50);
        flux.byPage();
        flux.map(Fan::mid);
        assertThat(list.asked).isEmpty();
    }

    @Test
    void takeOneCostsOneRequest() {
        FakeList list = new FakeList(1000);
        StepVerifier.create(list.flux(50).take(1)).expectNext(new Fan(1)).verifyComplete();
        assertThat(list.asked).containsExactly(1);
    }

    @Test
    void atMostOnePageIsFetchedAheadOfDemand() {
        FakeList list = new FakeList(1000);
        StepVerifier.create(list.flux(50), 0)
                .expectSubscription()
                .then(() -> assertThat(list.asked).isEmpty())
                .thenRequest(10)
                .expectNextCount(10)
                .then(() -> assertThat(list.asked).containsExactly(1))
                .thenRequest(40)
                .expectNextCount(40)
                .then(() -> assertThat(list.asked).as("one page in hand at most").hasSizeLessThanOrEqualTo(2))
                .thenRequest(1)
                .expectNextCount(1)
                .then(() -> assertThat(list.asked).containsExactly(1, 2))
                .thenRequest(48)
                .expectNextCount(48)
                .then(() -> assertThat(list.asked).containsExactly(1, 2))
                .thenCancel()
                .verify();
        assertThat(list.asked).containsExactly(1, 2);
    }

    @Test
    void aWholeListArrivesOnceInOrderAndStopsAtTotal() {
        FakeList list = new FakeList(230);
        StepVerifier.create(list.flux(50).map(Fan::mid).collectList())
                .assertNext(m -> assertThat(m).containsExactlyElementsOf(LongStream.rangeClosed(1, 230).boxed().toList()))
                .verifyComplete();
        assertThat(list.asked).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theLastPageIsNeverLostWhenTheNextFetchRacesTheDelivery() {
        // Pages are fetched on other threads and item demand asks for the next page from inside the
        // delivery of this one: the completion must follow the last page, not the shared cursor state.
        for (int i = 0; i < 500; i++) {
            FakeList list = new FakeList(230);
            List<Long> got = list.flux(50).map(Fan::mid).collectList().block(java.time.Duration.ofSeconds(5));
            assertThat(got).as("iteration %d", i).hasSize(230).doesNotHaveDuplicates();
        }
    }

    @Test
    void aListWithoutTotalStopsAtAShortOrEmptyPage() {
        FakeList shortLast = new FakeList(120);
        shortLast.withTotal = false;
        StepVerifier.create(shortLast.flux(50)).expectNextCount(120).verifyComplete();
        assertThat(shortLast.asked).containsExactly(1, 2, 3);

        FakeList exact = new FakeList(100);
        exact.withTotal = false;
        StepVerifier.create(exact.flux(50).byPage())
                .assertNext(p -> assertThat(p.hasMore()).isTrue())
                .assertNext(p -> assertThat(p.hasMore()).isTrue())
                .assertNext(p -> assertThat(p.items()).isEmpty())
                .verifyComplete();
    }

    @Test
    void aListStopsWhereNextSaysSo() {
        FakeList list = new FakeList(100);
        list.withTotal = false;
        list.next = true;
        StepVerifier.create(list.flux(50).byPage())
                .assertNext(p -> assertThat(p.hasMore()).isTrue())
                .assertNext(p -> assertThat(p.hasMore()).isFalse())
                .verifyComplete();
        assertThat(list.asked).containsExactly(1, 2);
    }

    @Test
    void pagesTellNumberSizeTotalAndWhetherMoreFollow() {
        FakeList list = new FakeList(120);
        StepVerifier.create(list.flux(50).byPage())
                .assertNext(p -> assertThat(p).isEqualTo(new Page<>(list.mids.subList(0, 50).stream().map(Fan::new).toList(), 1, 50, OptionalLong.of(120), true, false)))
                .assertNext(p -> assertThat(p.number()).isEqualTo(2))
                .assertNext(p -> {
                    assertThat(p.items()).hasSize(20);
                    assertThat(p.hasMore()).isFalse();
                    assertThat(p.truncated()).isFalse();
                })
                .verifyComplete();
    }

    @Test
    void byPageResumesFromAPage() {
        FakeList list = new FakeList(230);
        StepVerifier.create(list.flux(50).byPage(4))
                .assertNext(p -> assertThat(p.items().get(0)).isEqualTo(new Fan(151)))
                .assertNext(p -> assertThat(p.items()).hasSize(30))
                .verifyComplete();
        assertThat(list.asked).containsExactly(4, 5);
        assertThatThrownBy(() -> list.flux(50).byPage(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startPage");
        assertThatThrownBy(() -> PagedFlux.create(0, Fan::mid, list::fetch)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
    }

    @Test
    void aCapAnswered22007EndsTheListCleanlyAsTruncated() {
        FakeList list = new FakeList(1000);
        list.capPages = 5;
        List<Page<Fan>> pages = list.flux(20).byPage().collectList().block();
        assertThat(pages).hasSize(6);
        assertThat(pages.subList(0, 5)).allSatisfy(p -> assertThat(p.items()).hasSize(20));
        Page<Fan> last = pages.get(5);
        assertThat(last.items()).isEmpty();
        assertThat(last.truncated()).isTrue();
        assertThat(last.hasMore()).isFalse();
        assertThat(last.total()).hasValue(1000);
        StepVerifier.create(list.flux(20)).expectNextCount(100).verifyComplete();
    }

    @Test
    void anEmptyPageWhileTotalSaysMoreEndsTheListAsTruncated() {
        FakeList list = new FakeList(5000);
        list.capEntries = 100;
        StepVerifier.create(list.flux(50).byPage())
                .assertNext(p -> assertThat(p.truncated()).isFalse())
                .assertNext(p -> assertThat(p.truncated()).isFalse())
                .assertNext(p -> {
                    assertThat(p.items()).isEmpty();
                    assertThat(p.truncated()).isTrue();
                    assertThat(p.total()).hasValue(5000);
                })
                .verifyComplete();
    }

    @Test
    void entriesAreNeverEmittedTwiceWhenTheListShiftsBetweenPages() {
        FakeList list = new FakeList(300);
        long[] newcomer = {1_000_000};
        list.betweenPages = () -> {
            for (int i = 0; i < 7; i++) {
                list.mids.add(0, newcomer[0]++);
            }
        };
        List<Long> got = list.flux(50).map(Fan::mid).collectList().block();
        assertThat(got).doesNotHaveDuplicates();
        assertThat(got).containsAll(LongStream.rangeClosed(1, 300).boxed().toList());
    }

    @Test
    void cancellationStopsFetching() {
        FakeList list = new FakeList(100_000);
        StepVerifier.create(list.flux(50).take(120)).expectNextCount(120).verifyComplete();
        assertThat(list.asked).containsExactly(1, 2, 3);
    }

    @Test
    void everySubscriberHasItsOwnCursor() {
        FakeList list = new FakeList(120);
        PagedFlux<Fan> flux = list.flux(50);
        StepVerifier.create(flux).expectNextCount(120).verifyComplete();
        StepVerifier.create(flux).expectNextCount(120).verifyComplete();
        assertThat(list.asked).containsExactly(1, 2, 3, 1, 2, 3);
    }

    @Test
    void anErrorEndsTheStreamAfterTheEntriesBeforeIt() {
        FakeList list = new FakeList(300);
        list.failOn = pn -> pn == 3 ? new PrivacyException(new ApiError(22115, "用户已设置隐私", "R2", 200, null)) : null;
        StepVerifier.create(list.flux(50)).expectNextCount(100).expectError(PrivacyException.class).verify();
    }
}
