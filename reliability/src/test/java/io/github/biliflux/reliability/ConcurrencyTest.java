package io.github.biliflux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationUser;
import io.github.biliflux.testing.TestClients;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;

/**
 * 200 concurrent streams over 4 accounts, one client each with its own rate limit, against an
 * emulator that answers HTTP 412 above a request rate: every stream completes with its whole list,
 * and the limit holds: no request was refused, and no client ever sent more in one second than its
 * limiter can allow (N permits per cycle, so at most 2N in any sliding second).
 */
class ConcurrencyTest {

    private static final int ACCOUNTS = 4;
    private static final int STREAMS = 200;
    private static final int LIST = 60;
    private static final int PAGE = 20;
    private static final int PER_SECOND = 40;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoHundredConcurrentStreamsOverFourAccountsCompleteWithinTheRateLimit() {
        try (Fixture fx = new Fixture(World.demo())) {
            // Above what the four limiters together can send in any second (4 x 2N).
            int threshold = ACCOUNTS * 2 * PER_SECOND + 40;
            fx.emu.faults().rateThreshold(threshold);
            List<Long> mids = new ArrayList<>();
            Map<Long, RelationClient> clients = new HashMap<>();
            Map<Long, ConcurrentLinkedQueue<Long>> sentAt = new HashMap<>();
            for (int a = 0; a < ACCOUNTS; a++) {
                long mid = 9_001 + a;
                fx.world.addUser(mid, "user" + a, BigDecimal.ZERO);
                for (int k = 0; k < LIST; k++) {
                    fx.world.follow(mid, 200_000L + a * 1_000L + k);
                }
                ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
                BiliClient bili = TestClients.builder(fx.emu.baseUri())
                        .credentials(fx.cookieOf(mid))
                        .rateLimit(RateLimit.perSecond(PER_SECOND).withCooldown(Duration.ofMillis(1), Duration.ofMillis(5)))
                        .retry(Fixture.fastRetry())
                        .httpClient(h -> h.doOnRequest((req, conn) -> times.add(System.nanoTime())))
                        .build();
                mids.add(mid);
                clients.put(mid, RelationClient.of(bili));
                sentAt.put(mid, times);
            }

            long start = System.nanoTime();
            List<Map.Entry<Long, List<Long>>> results = Flux.range(0, STREAMS)
                    .flatMap(i -> {
                        long mid = mids.get(i % ACCOUNTS);
                        return clients.get(mid).followings(mid, io.github.biliflux.relation.FollowingOrder.FOLLOW_TIME, PAGE)
                                .map(RelationUser::mid).collectList().map(l -> Map.entry(mid, l));
                    }, STREAMS)
                    .collectList().block(Duration.ofSeconds(50));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(results).hasSize(STREAMS);
            for (Map.Entry<Long, List<Long>> r : results) {
                assertThat(r.getValue()).hasSize(LIST).doesNotHaveDuplicates().isEqualTo(fx.world.followings(r.getKey()));
            }
            List<Journal.Entry> entries = fx.journal().entries("/x/relation/followings");
            long refused = entries.stream().filter(e -> e.fault() == Fault.RATE_LIMITED).count();
            assertThat(refused).as("requests refused with 412").isZero();
            int pages = LIST / PAGE;
            assertThat(entries).hasSize(STREAMS * pages);
            int worst = 0;
            for (long mid : mids) {
                List<Long> times = new ArrayList<>(sentAt.get(mid));
                Collections.sort(times);
                assertThat(times).hasSize(STREAMS / ACCOUNTS * pages);
                int inWindow = maxInOneSecond(times);
                worst = Math.max(worst, inWindow);
                assertThat(inWindow).as("requests of client " + mid + " in one sliding second").isLessThanOrEqualTo(2 * PER_SECOND);
            }
            List<Long> all = new ArrayList<>();
            sentAt.values().forEach(all::addAll);
            Collections.sort(all);
            double rate = all.size() / ((all.get(all.size() - 1) - all.get(0)) / 1e9);

            Figures.put("concurrency.streams", STREAMS + " over " + ACCOUNTS + " accounts, " + LIST + " entries each, " + PAGE + " per page");
            Figures.put("concurrency.requests", entries.size());
            Figures.put("concurrency.refused_412", refused);
            Figures.put("concurrency.limit_per_client_per_second", PER_SECOND);
            Figures.put("concurrency.emulator_threshold_per_second", threshold);
            Figures.put("concurrency.max_requests_of_one_client_in_a_sliding_second", worst);
            Figures.put("concurrency.max_requests_of_all_clients_in_a_sliding_second", maxInOneSecond(all));
            Figures.put("concurrency.mean_rate_all_clients_per_second", String.format(java.util.Locale.ROOT, "%.1f", rate));
            Figures.put("concurrency.millis", millis);
        }
    }

    private static int maxInOneSecond(List<Long> sortedNanos) {
        int best = 0;
        int from = 0;
        for (int to = 0; to < sortedNanos.size(); to++) {
            while (sortedNanos.get(to) - sortedNanos.get(from) >= 1_000_000_000L) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }
}
