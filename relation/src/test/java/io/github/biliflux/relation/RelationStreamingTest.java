package io.github.biliflux.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.Page;
import io.github.biliflux.testkit.CapMode;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Whole lists streamed page by page: completeness, order, caps in both modes, cancellation, shifting lists. */
class RelationStreamingTest extends EmulatorTestBase {

    private static final Duration T = Duration.ofSeconds(30);

    @Test
    void ownThousandFollowersAndFiveThousandFollowingsStreamCompletelyOnceInOrder() {
        restart(World.generated(42, 1_000, 5_000));

        List<Long> followers = rel.followers(ME).map(RelationUser::mid).collectList().block(T);
        List<Long> followings = rel.followings(ME).map(RelationUser::mid).collectList().block(T);

        assertThat(followers).hasSize(1_000).doesNotHaveDuplicates().isEqualTo(world.followers(ME));
        assertThat(followings).hasSize(5_000).doesNotHaveDuplicates().isEqualTo(world.followings(ME));
        // 50 per page, and no page past the end (total tells where it is).
        assertThat(count("/x/relation/followers")).isEqualTo(20);
        assertThat(count("/x/relation/followings")).isEqualTo(100);
    }

    @Test
    void ownFollowersEndAtTheThousandCapMarkedTruncated() {
        restart(World.generated(7, 1_200));

        List<Page<RelationUser>> pages = rel.followers(ME).byPage().collectList().block(T);

        Page<RelationUser> last = pages.get(pages.size() - 1);
        assertThat(last.items()).isEmpty();
        assertThat(last.truncated()).isTrue();
        assertThat(last.hasMore()).isFalse();
        assertThat(last.total()).hasValue(1_200);
        assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(p -> assertThat(p.truncated()).isFalse());
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(RelationUser::mid).toList())
                .isEqualTo(world.followers(ME).subList(0, 1_000));
    }

    @ParameterizedTest
    @EnumSource(CapMode.class)
    void anotherUsersFollowersEndCleanlyAtTheCapInBothCapModes(CapMode mode) {
        world.capMode(mode);
        RelationClient other = cookie(World.FRIEND_MID);
        // SPEC: 5 pages then 22007; LIVE: 100 entries then an empty page while total says 320.
        int expected = mode == CapMode.SPEC ? 250 : 100;

        List<Page<RelationUser>> pages = other.followers(ME).byPage().collectList().block(T);

        Page<RelationUser> last = pages.get(pages.size() - 1);
        assertThat(last.items()).isEmpty();
        assertThat(last.truncated()).isTrue();
        assertThat(last.hasMore()).isFalse();
        assertThat(last.total()).hasValue(320);
        assertThat(pages).hasSize(expected / 50 + 1);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(RelationUser::mid).toList())
                .isEqualTo(world.followers(ME).subList(0, expected));
        if (mode == CapMode.SPEC) {
            assertThat(journal().entries("/x/relation/followers").get(5).code()).isEqualTo(22007);
        }
        // The flattened stream completes as well, with the same entries.
        StepVerifier.create(other.followers(ME)).expectNextCount(expected).verifyComplete();
    }

    @ParameterizedTest
    @EnumSource(CapMode.class)
    void anotherUsersFollowingsEndCleanlyAtTheCapInBothCapModes(CapMode mode) {
        world.capMode(mode);
        RelationClient other = cookie(World.FRIEND_MID);
        // 20 per page: SPEC stops after 5 pages (100 entries), LIVE after 100 entries; 260 in all.
        List<Page<RelationUser>> pages = other.followings(ME, FollowingOrder.FOLLOW_TIME, 20).byPage()
                .collectList().block(T);

        Page<RelationUser> last = pages.get(pages.size() - 1);
        assertThat(last.truncated()).isTrue();
        assertThat(last.items()).isEmpty();
        assertThat(pages).hasSize(6);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(RelationUser::mid).toList())
                .isEqualTo(world.followings(ME).subList(0, 100));
    }

    @Test
    void aListThatFitsInTheCapIsNotTruncated() {
        world.capMode(CapMode.SPEC);
        // CAPPED_MID has 180 followings: 4 pages of 50, within the 5 pages others may read.
        List<Page<RelationUser>> pages = rel.followings(World.CAPPED_MID).byPage().collectList().block(T);

        assertThat(pages).hasSize(4);
        assertThat(pages.get(3).truncated()).isFalse();
        assertThat(pages.stream().mapToInt(p -> p.items().size()).sum()).isEqualTo(180);
    }

    @Test
    void cancellingAfter120EntriesFetchesAtMostThreePages() {
        restart(World.generated(3, 1_000));

        StepVerifier.create(rel.followers(ME).take(120)).expectNextCount(120).verifyComplete();

        assertThat(count("/x/relation/followers")).isLessThanOrEqualTo(3);
    }

    @Test
    void takingOneEntryCostsOnePage() {
        restart(World.generated(3, 1_000));

        StepVerifier.create(rel.followers(ME).take(1)).expectNextCount(1).verifyComplete();

        assertThat(count("/x/relation/followers")).isEqualTo(1);
    }

    @Test
    void aListGainingFollowersAtItsHeadWhileStreamedYieldsNoDuplicate() {
        restart(World.generated(11, 900));
        List<Long> before = world.followers(ME);
        AtomicInteger seen = new AtomicInteger();
        AtomicLong newcomer = new AtomicLong(5_000_000_000L);

        List<Long> streamed = rel.followers(ME)
                .doOnNext(u -> {
                    // Three new followers arrive during every page after the first: each later page
                    // starts with entries of the page before it.
                    if (seen.incrementAndGet() % 50 > 10 && seen.get() % 50 <= 13 && seen.get() > 50) {
                        world.addFollower(ME, newcomer.incrementAndGet());
                    }
                })
                .map(RelationUser::mid)
                .collectList().block(T);

        assertThat(world.followers(ME)).hasSizeGreaterThan(before.size() + 40);
        assertThat(streamed).doesNotHaveDuplicates();
        assertThat(streamed.stream().filter(new HashSet<>(before)::contains).toList()).isEqualTo(before);
    }

    @Test
    void eachSubscriptionStreamsAfresh() {
        restart(World.generated(5, 120));
        Flux<RelationUser> followers = rel.followers(ME);

        assertThat(followers.count().block(T)).isEqualTo(120);
        assertThat(followers.count().block(T)).isEqualTo(120);
        assertThat(count("/x/relation/followers")).isEqualTo(6);
    }

    @Test
    void byPageResumesFromAGivenPage() {
        restart(World.generated(5, 120));

        List<Long> rest = rel.followers(ME).byPage(2).flatMapIterable(Page::items).map(RelationUser::mid)
                .collectList().block(T);

        assertThat(rest).isEqualTo(world.followers(ME).subList(50, 120));
    }
}
