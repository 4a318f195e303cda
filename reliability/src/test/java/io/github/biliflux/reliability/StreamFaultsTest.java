package io.github.biliflux.reliability;

import static io.github.biliflux.reliability.Fixture.ME;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.BiliTransportException;
import io.github.biliflux.core.MalformedResponseException;
import io.github.biliflux.core.Page;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.core.RiskControlException;
import io.github.biliflux.core.ServerErrorException;
import io.github.biliflux.manga.MangaClient;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationUser;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

/**
 * Streams under injected faults: every entry exactly once and in order while one answer in ten is
 * broken; a host that only fails ends the stream with a typed error after the configured attempts;
 * a list that changes at its head while it is streamed gives no duplicate, and the entries it
 * misses are counted.
 */
class StreamFaultsTest {

    private static final String FOLLOWINGS = "/x/relation/followings";
    private static final String FOLLOWERS = "/x/relation/followers";
    /** The fault kinds a read may meet and must survive by retrying (-352 is not retried, by design). */
    private static final List<Fault> RETRIED = List.of(Fault.HTTP_5XX, Fault.HTTP_412_HTML, Fault.CODE_412,
            Fault.CODE_799, Fault.RESET_BEFORE_HANDLER, Fault.RESET_AFTER_HANDLER, Fault.TRUNCATED_BODY,
            Fault.MALFORMED_JSON);

    /**
     * 20,000 followings (one's own list: the emulator serves it uncapped), 50 per page, with each of
     * the eight retried fault kinds at 1.31 % (about 10 % of answers faulty) and a random latency of
     * 0..8 ms on every answer, from a fixed seed.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twentyThousandEntriesUnderTenPercentFaultsArriveExactlyOnceInOrder() {
        int size = 20_000;
        int pageSize = RelationClient.MAX_PAGE_SIZE;
        int attempts = 6;
        try (Fixture fx = new Fixture(World.generated(2024, 0, size))) {
            double p = 1 - Math.pow(0.9, 1.0 / RETRIED.size());
            fx.emu.faults().seed(20_000).onlyPaths(FOLLOWINGS).latency(Duration.ZERO, Duration.ofMillis(8));
            RETRIED.forEach(f -> fx.emu.faults().probability(f, p));
            BiliClient bili = fx.client(fx.cookieOf(ME), Fixture.fastRetry().withMaxAttempts(attempts), Fixture.unlimited());
            List<Long> expected = fx.world.followings(ME);

            long start = System.nanoTime();
            List<Long> got = RelationClient.of(bili).followings(ME).map(RelationUser::mid).collectList()
                    .block(Duration.ofSeconds(100));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(got).hasSize(size).doesNotHaveDuplicates().isEqualTo(expected);

            List<Journal.Entry> entries = fx.journal().entries(FOLLOWINGS);
            List<Journal.Entry> faulty = entries.stream().filter(e -> e.fault() != null).toList();
            List<Journal.Entry> clean = entries.stream().filter(e -> e.fault() == null).toList();
            int pages = size / pageSize;
            // Each page answered well exactly once: the faulty answers are all retries, nothing else was asked.
            assertThat(clean).extracting(e -> e.query().get("pn")).hasSize(pages).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, pages)
                            .mapToObj(String::valueOf).toList());
            assertThat(clean).allSatisfy(e -> assertThat(e.code()).isZero());
            assertThat(entries).hasSize(pages + faulty.size());
            // The pages were asked in order, each until it succeeded, never more than the configured attempts.
            List<Integer> pnOrder = entries.stream().map(e -> Integer.parseInt(e.query().get("pn"))).toList();
            assertThat(pnOrder).isSorted();
            Map<Integer, Long> attemptsPerPage = pnOrder.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
            assertThat(attemptsPerPage.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(attempts));
            double share = (double) faulty.size() / entries.size();
            assertThat(share).as("share of faulty answers").isBetween(0.06, 0.14);
            Map<Fault, Long> byKind = new EnumMap<>(Fault.class);
            faulty.forEach(e -> byKind.merge(e.fault(), 1L, Long::sum));
            assertThat(byKind.keySet()).as("every retried kind was injected").containsExactlyInAnyOrderElementsOf(RETRIED);

            Figures.put("stream.entries", got.size());
            Figures.put("stream.pages", pages);
            Figures.put("stream.requests", entries.size());
            Figures.put("stream.faulty_answers", faulty.size());
            Figures.put("stream.faulty_share_percent", String.format(java.util.Locale.ROOT, "%.1f", share * 100));
            Figures.put("stream.faults_by_kind", byKind);
            Figures.put("stream.max_attempts_of_a_page", attemptsPerPage.values().stream().mapToLong(Long::longValue).max().orElse(0));
            Figures.put("stream.millis", millis);
        }
    }

    /**
     * Every answer of the api host broken in one way: the stream fails with that failure's typed
     * exception after exactly the configured attempts, in bounded time; -352 is not retried (it
     * carries a voucher to surface). The manga host, reached by the same client, is not affected.
     */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = "RATE_LIMITED", mode = EnumSource.Mode.EXCLUDE)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aHostThatOnlyFailsEndsTheStreamWithATypedErrorAfterTheConfiguredAttempts(Fault kind) {
        int attempts = 5;
        try (Fixture fx = new Fixture(World.demo())) {
            fx.emu.faults().seed(1).onlyPaths("/x/relation/").probability(kind, 1.0);
            BiliClient bili = fx.client(fx.cookieOf(ME), Fixture.fastRetry().withMaxAttempts(attempts), Fixture.unlimited());
            Class<? extends BiliException> expected = switch (kind) {
                case HTTP_5XX -> ServerErrorException.class;
                case HTTP_412_HTML, CODE_412, CODE_799 -> RateLimitedException.class;
                case CODE_352 -> RiskControlException.class;
                case RESET_BEFORE_HANDLER, RESET_AFTER_HANDLER, TRUNCATED_BODY -> BiliTransportException.class;
                case MALFORMED_JSON -> MalformedResponseException.class;
                default -> throw new IllegalArgumentException(kind.name());
            };
            long start = System.nanoTime();
            StepVerifier.create(RelationClient.of(bili).followings(ME))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(expected).hasMessageContaining("R2"))
                    .verify(Duration.ofSeconds(10));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(fx.journal().entries(FOLLOWINGS)).hasSize(kind == Fault.CODE_352 ? 1 : attempts)
                    .allSatisfy(e -> assertThat(e.fault()).isEqualTo(kind));
            // The other host is still served, by the same client.
            StepVerifier.create(MangaClient.of(bili).boughtComics().count()).expectNext(37L).verifyComplete();
            Figures.put("host_down." + kind.name().toLowerCase(java.util.Locale.ROOT),
                    fx.journal().count(FOLLOWINGS) + " attempts, " + expected.getSimpleName() + ", " + millis + " ms");
        }
    }

    /**
     * One's own followers (800, 20 per page) gain and lose entries at their head between pages:
     * entries added at the head push seen ones onto the next page (duplicates, which must be
     * dropped); entries removed at the head pull unseen ones onto the page already read (misses,
     * which paging by number cannot avoid and which the test counts).
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aListChangingAtItsHeadGivesNoDuplicateAndItsMissesAreCounted() {
        int pageSize = 20;
        try (Fixture fx = new Fixture(World.generated(77, 800))) {
            BiliClient bili = fx.cookie(ME);
            Random random = new Random(77);
            Set<Long> initial = new LinkedHashSet<>(fx.world.followers(ME));
            Set<Long> everListed = new HashSet<>(initial);
            Set<Long> removedAll = new HashSet<>();
            int[] added = {0};
            int[] removed = {0};
            long[] nextMid = {900_000_000L};

            List<Page<RelationUser>> pages = RelationClient.of(bili).followers(ME, pageSize).byPage()
                    .doOnNext(page -> {
                        // Runs before the next page is asked for (one page in flight at most).
                        int add = random.nextInt(4);
                        for (int i = 0; i < add; i++) {
                            long mid = nextMid[0]++;
                            fx.world.addFollower(ME, mid);
                            everListed.add(mid);
                            added[0]++;
                        }
                        int remove = random.nextInt(4);
                        List<Long> head = fx.world.followers(ME);
                        for (int i = 0; i < remove && i < head.size(); i++) {
                            long mid = head.get(random.nextInt(Math.min(10, head.size())));
                            if (removedAll.add(mid)) {
                                fx.world.removeFollower(ME, mid);
                                removed[0]++;
                            }
                        }
                    })
                    .collectList().block(Duration.ofSeconds(30));

            List<Long> delivered = pages.stream().flatMap(pg -> pg.items().stream()).map(RelationUser::mid).toList();
            assertThat(delivered).as("no entry twice").doesNotHaveDuplicates();
            assertThat(everListed).as("only entries that were listed at some time").containsAll(delivered);
            Set<Long> stable = new LinkedHashSet<>(initial);
            stable.retainAll(fx.world.followers(ME));
            List<Long> missed = stable.stream().filter(m -> !delivered.contains(m)).toList();
            // A removal at the head moves at most one unseen entry past the pages already read.
            assertThat(missed.size()).as("missed entries").isLessThanOrEqualTo(removed[0]);
            assertThat(pages.get(pages.size() - 1).hasMore()).isFalse();

            Figures.put("shifting.pages", pages.size());
            Figures.put("shifting.delivered", delivered.size());
            Figures.put("shifting.added_at_head", added[0]);
            Figures.put("shifting.removed_at_head", removed[0]);
            Figures.put("shifting.duplicates", delivered.size() - new HashSet<>(delivered).size());
            Figures.put("shifting.missed_of_entries_present_throughout", missed.size() + " of " + stable.size());
        }
    }
}
