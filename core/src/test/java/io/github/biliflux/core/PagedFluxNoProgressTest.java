package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.test.StepVerifier;

/**
 * Issue 12, point 5: a PagedFlux always ends against a server that makes no progress (the same
 * page for every pn, a total of 10^12, no total, a total that grows with every page), marks the
 * end truncated whenever the total says more, and never lets its page number overflow. Each case
 * counts the requests on the wire: at most two.
 */
@Timeout(20)
class PagedFluxNoProgressTest {

    static final Route LIST = Route.get("T5", Host.API, "/x/list", Auth.NONE);
    static final int PS = 50;

    final ScriptedServer server = new ScriptedServer();
    final BiliClient bili = Fixtures.client(server).build();

    @AfterEach
    void close() {
        bili.close();
        server.close();
    }

    PagedFlux<Long> list() {
        return PagedFlux.create(PS, id -> id, (pn, ps) -> bili.exchangeTree(LIST.request().query("pn", pn).query("ps", ps).build())
                .map(n -> {
                    List<Long> ids = new ArrayList<>();
                    n.path("list").forEach(j -> ids.add(j.asLong()));
                    JsonNode total = n.get("total");
                    return new PageResult<>(ids, total == null ? null : total.asLong(), null);
                }));
    }

    /** Serves the page that {@code page} makes of the pn asked for. */
    void serve(IntFunction<String> page) {
        server.fallback(r -> {
            int pn = Integer.parseInt(r.query().replaceAll(".*pn=(-?\\d+).*", "$1"));
            return ScriptedServer.ok(page.apply(pn));
        });
    }

    static String ids(long from, long to) {
        return LongStream.range(from, to).mapToObj(Long::toString).collect(Collectors.joining(",", "[", "]"));
    }

    List<String> pnsSent() {
        return server.received("/x/list").stream().map(r -> r.query().replaceAll(".*pn=(-?\\d+).*", "$1")).toList();
    }

    void assertEndsTruncatedAfterTwoRequests(int expectedEntries) {
        List<Page<Long>> pages = list().byPage().collectList().block(Duration.ofSeconds(10));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).items()).isEmpty();
        assertThat(pages.get(1).truncated()).isTrue();
        assertThat(pages.get(1).hasMore()).isFalse();
        assertThat(pages.stream().mapToInt(p -> p.items().size()).sum()).isEqualTo(expectedEntries);
        assertThat(pnsSent()).containsExactly("1", "2");
    }

    @Test
    void theSameFullPageForEveryPnWithAHugeTotalEndsAfterTwoRequests() {
        serve(pn -> "{\"list\":" + ids(1, 51) + ",\"total\":1000000000000}");
        assertEndsTruncatedAfterTwoRequests(50);
    }

    @Test
    void theSameFullPageWithoutTotalEndsAfterTwoRequests() {
        serve(pn -> "{\"list\":" + ids(1, 51) + "}");
        assertEndsTruncatedAfterTwoRequests(50);
    }

    @Test
    void aTotalThatGrowsWithEveryPageEndsAfterTwoRequests() {
        AtomicLong total = new AtomicLong(100);
        serve(pn -> "{\"list\":" + ids(1, 51) + ",\"total\":" + total.addAndGet(50) + "}");
        assertEndsTruncatedAfterTwoRequests(50);
    }

    @Test
    void aServerThatIgnoresPnYieldsWhatItHasAndSaysTruncated() {
        serve(pn -> "{\"list\":" + ids(1, 51) + ",\"total\":120}");
        assertEndsTruncatedAfterTwoRequests(50);
        StepVerifier.create(list()).expectNextCount(50).verifyComplete();
    }

    @Test
    void aLastPageShortOfTheTotalIsTruncated() {
        // total 120, but page 3 brings 10 instead of 20
        serve(pn -> "{\"list\":" + (pn < 3 ? ids((pn - 1) * 50L + 1, pn * 50L + 1) : ids(101, 111)) + ",\"total\":120}");
        List<Page<Long>> pages = list().byPage().collectList().block(Duration.ofSeconds(10));
        assertThat(pages).hasSize(3);
        assertThat(pages.get(2).truncated()).isTrue();
        assertThat(pages.subList(0, 2)).allSatisfy(p -> assertThat(p.truncated()).isFalse());
    }

    @Test
    void thePageNumberNeverOverflows() {
        serve(pn -> "{\"list\":" + ids(pn * 100L, pn * 100L + 50) + ",\"total\":1000000000000000}");
        StepVerifier.create(list().byPage(Integer.MAX_VALUE))
                .assertNext(p -> {
                    assertThat(p.number()).isEqualTo(Integer.MAX_VALUE);
                    assertThat(p.items()).hasSize(50);
                    assertThat(p.hasMore()).isFalse();
                    assertThat(p.truncated()).isTrue();
                })
                .verifyComplete();
        assertThat(pnsSent()).containsExactly("2147483647");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> list().byPage(Integer.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startPage").hasMessageContaining("1..2147483647");
    }
}
