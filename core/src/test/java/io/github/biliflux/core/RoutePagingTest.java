package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.internal.RecentKeys;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A route declares its paging; a PagedFlux of it starts at the default size and checks a chosen one. */
class RoutePagingTest {

    record Item(int id) {
    }

    static final Route LIST = Route.get("T1", Host.API, "/x/list", Auth.NONE).paged("pn", "ps", 20, 50);

    /** A list of 45 entries, recording the (pn, ps) of every page asked for. */
    final List<String> asked = new CopyOnWriteArrayList<>();

    PagedFlux<Item> list() {
        return PagedFlux.create(LIST, Item::id, (pn, ps) -> Mono.fromSupplier(() -> {
            asked.add(pn + "/" + ps);
            return PageResult.of(IntStream.range((pn - 1) * ps, Math.min(pn * ps, 45)).mapToObj(Item::new).toList(), 45);
        }));
    }

    @Test
    void theRouteKeepsItsPagingThroughTheOtherWithers() {
        Route r = LIST.error(1, BiliApiException::new).wbiSigned().readOnly().envelope(Envelope.API);
        assertThat(r.paging()).isEqualTo(new Route.Paging("pn", "ps", 20, 50, false));
        assertThat(r.firstPageOnly().paging().firstPageOnly()).isTrue();
        assertThat(Route.get("T2", Host.API, "/x/one", Auth.NONE).paging()).isNull();
        assertThatThrownBy(() -> Route.get("T2", Host.API, "/x/one", Auth.NONE).firstPageOnly())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("T2");
        assertThatThrownBy(() -> LIST.paged("pn", "ps", 60, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaultSize must be in 1..50");
    }

    @Test
    void theDefaultSizeIsTheRoutesAndAChosenOneIsSent() {
        StepVerifier.create(list()).expectNextCount(45).expectComplete().verify(Duration.ofSeconds(5));
        assertThat(asked).containsExactly("1/20", "2/20", "3/20");
        asked.clear();
        StepVerifier.create(list().pageSize(50)).expectNextCount(45).expectComplete().verify(Duration.ofSeconds(5));
        assertThat(asked).containsExactly("1/50");
    }

    @Test
    void aSizeBeyondTheRouteFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> list().pageSize(51)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pageSize must be in 1..50, was 51");
        assertThatThrownBy(() -> list().pageSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pageSize");
        assertThatThrownBy(() -> PagedFlux.create(Route.get("T2", Host.API, "/x/one", Auth.NONE), Item::id,
                (pn, ps) -> Mono.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paged");
        assertThat(asked).isEmpty();
    }

    @Test
    void theParametersGoByTheirDeclaredNames() {
        Route.Paging p = new Route.Paging("page_num", "page_size", 15, 100, false);
        assertThat(p.apply(LIST.request(), 3, 15).build().query()).containsEntry("page_num", "3").containsEntry("page_size", "15");
        Route.Paging first = LIST.firstPageOnly().paging();
        assertThat(first.apply(LIST.request(), 3, 40).build().query()).containsEntry("pn", "1").containsEntry("ps", "40");
    }

    @Test
    void recentKeysForgetTheOldestBeyondTheirSize() {
        Set<Integer> w = RecentKeys.window(3);
        assertThat(w.add(1)).isTrue();
        w.add(2);
        w.add(3);
        assertThat(w.add(2)).isFalse();
        w.add(4);
        assertThat(w).containsExactly(2, 3, 4);
        assertThat(w.add(1)).as("1 was forgotten").isTrue();
        assertThat(w).hasSize(3);
    }
}
