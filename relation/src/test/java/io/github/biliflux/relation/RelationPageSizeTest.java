package io.github.biliflux.relation;

import static io.github.biliflux.relation.RelationListsTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.PagedFlux;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The page size is the route's policy: declared with R1-R6 and R13, chosen with PagedFlux#pageSize. */
class RelationPageSizeTest extends EmulatorTestBase {

    @Test
    void everyListRouteDeclaresPnPsAndFiftyAtMost() {
        for (var r : List.of(RelationRoutes.FOLLOWERS, RelationRoutes.FOLLOWINGS, RelationRoutes.SEARCH_FOLLOWINGS,
                RelationRoutes.SAME_FOLLOWINGS, RelationRoutes.WHISPERS, RelationRoutes.BLACKS, RelationRoutes.TAG_MEMBERS)) {
            assertThat(r.paging()).as(r.id()).isNotNull().satisfies(p -> {
                assertThat(p.pageParam()).isEqualTo("pn");
                assertThat(p.sizeParam()).isEqualTo("ps");
                assertThat(p.defaultSize()).isEqualTo(RelationClient.MAX_PAGE_SIZE);
                assertThat(p.maxSize()).isEqualTo(RelationClient.MAX_PAGE_SIZE);
                assertThat(p.firstPageOnly()).isFalse();
            });
        }
        assertThat(RelationRoutes.MODIFY.paging()).isNull();
    }

    @Test
    void aChosenPageSizeIsSentAndLeavesTheOriginalAlone() {
        PagedFlux<RelationUser> all = rel.followers(ME);
        PagedFlux<RelationUser> small = all.pageSize(20);
        assertThat(all.pageSize()).isEqualTo(50);
        assertThat(small.pageSize()).isEqualTo(20);

        StepVerifier.create(small.take(30)).expectNextCount(30).expectComplete().verify(Duration.ofSeconds(10));
        assertThat(journal().entries("/x/relation/followers")).extracting(e -> e.query().get("ps")).containsExactly("20", "20");
        assertThat(journal().entries("/x/relation/followers")).extracting(e -> e.query().get("pn")).containsExactly("1", "2");
    }

    @Test
    void theReadmeExampleHolds() {
        StepVerifier.create(RelationClient.of(fx.client(fx.cookie())).followers(ME).pageSize(20).count())
                .expectNext(320L).expectComplete().verify(Duration.ofSeconds(10));
        assertThat(journal().entries("/x/relation/followers")).hasSize(16);
    }

    @Test
    void aPageSizeOutsideTheRouteFailsBeforeAnyRequest() {
        List<Function<RelationClient, PagedFlux<RelationUser>>> lists = List.of(
                c -> c.followers(ME), c -> c.followings(ME), c -> c.searchFollowings(ME, "a"), c -> c.sameFollowings(2),
                RelationClient::whispers, RelationClient::blacks, c -> c.tagMembers(0));
        for (Function<RelationClient, PagedFlux<RelationUser>> list : lists) {
            assertInvalid("pageSize", () -> list.apply(rel).pageSize(0));
            assertThatThrownBy(() -> list.apply(rel).pageSize(51)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pageSize must be in 1..50, was 51");
            assertThat(list.apply(rel).pageSize(1).pageSize()).isEqualTo(1);
        }
        assertThat(journal().entries()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedOverloadsAreThePageSizeOption() {
        assertThat(rel.followers(ME, 7).pageSize()).isEqualTo(7);
        assertThat(rel.followings(ME, FollowingOrder.FOLLOW_TIME, 8).pageSize()).isEqualTo(8);
        assertThat(rel.searchFollowings(ME, "a", 9).pageSize()).isEqualTo(9);
        assertThat(rel.sameFollowings(2, 10).pageSize()).isEqualTo(10);
        assertThat(rel.whispers(11).pageSize()).isEqualTo(11);
        assertThat(rel.blacks(12).pageSize()).isEqualTo(12);
        assertThat(rel.tagMembers(0, FollowingOrder.FOLLOW_TIME, 13).pageSize()).isEqualTo(13);
    }
}
