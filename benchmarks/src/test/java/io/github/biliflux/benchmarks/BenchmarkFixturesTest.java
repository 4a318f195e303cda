package io.github.biliflux.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.relation.RelationUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks compare equal work: both sides fetch and decode the same 50 entries. Fast; no benchmark runs. */
class BenchmarkFixturesTest {

    @Test
    void bilifluxAndRawDecodeTheSamePage() {
        try (PageServer server = PageServer.start(FollowersPage.bytes());
             BiliClient bili = Clients.bili(server.baseUri());
             Clients.Raw raw = new Clients.Raw(server.baseUri())) {
            List<RelationUser> viaBili = Clients.viaBili(bili).block(Duration.ofSeconds(10));
            List<RelationUser> viaRaw = raw.fetch().block(Duration.ofSeconds(10));
            assertThat(viaBili).hasSize(FollowersPage.SIZE).isEqualTo(viaRaw);
            assertThat(viaBili).anyMatch(u -> u.vip().vipType() == 2).anyMatch(u -> !u.officialVerify().desc().isEmpty());
        }
    }

    @Test
    void theStreamComparisonsTwoSidesDecodeTheSameEntries() {
        try (PageServer server = PageServer.paged(3);
             BiliClient bili = Clients.bili(server.baseUri());
             Clients.Raw raw = new Clients.Raw(server.baseUri())) {
            List<RelationUser> viaStream = io.github.biliflux.relation.RelationClient.of(bili).followers(FollowersPage.VMID)
                    .collectList().block(Duration.ofSeconds(10));
            List<RelationUser> viaRaw = raw.followers(FollowersPage.VMID, 3).collectList().block(Duration.ofSeconds(10));
            assertThat(viaStream).hasSize(3 * FollowersPage.SIZE).isEqualTo(viaRaw);
            assertThat(viaStream.stream().map(RelationUser::mid).distinct()).hasSize(3 * FollowersPage.SIZE);
        }
    }

    @Test
    void slopeOfEvenlySpacedRequestsIsTheirRate() {
        long s = 1_000_000_000L;
        List<Long> times = java.util.stream.LongStream.range(0, 200).mapToObj(i -> i * s / 20).toList();
        assertThat(StreamHarness.slope(times, 0, 10 * s)).isBetween(19.9, 20.1);
    }
}
