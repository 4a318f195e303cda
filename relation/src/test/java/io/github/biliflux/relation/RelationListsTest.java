package io.github.biliflux.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.NotLoggedInException;
import io.github.biliflux.core.Page;
import io.github.biliflux.core.PrivacyException;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** R1-R6 and R13 against the demo world: contents, decoding, paging, errors and argument checks. */
class RelationListsTest extends EmulatorTestBase {

    private static final Duration T = Duration.ofSeconds(10);

    private static List<Long> mids(Flux<RelationUser> users) {
        return users.map(RelationUser::mid).collectList().block(T);
    }

    @Test
    void followersR1AreTheOwnListNewestFirstWithTotalOnEveryPage() {
        List<Page<RelationUser>> pages = rel.followers(ME).byPage().collectList().block(T);

        assertThat(pages).hasSize(7);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.total()).hasValue(320);
            assertThat(p.size()).isEqualTo(50);
            assertThat(p.truncated()).isFalse();
        });
        assertThat(pages.get(6).hasMore()).isFalse();
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(RelationUser::mid).toList())
                .isEqualTo(world.followers(ME));
        Journal.Entry first = journal().entries("/x/relation/followers").get(0);
        assertThat(first.query()).containsEntry("vmid", String.valueOf(ME)).containsEntry("ps", "50")
                .containsEntry("pn", "1");
        assertThat(first.cookieNames()).contains("SESSDATA");
    }

    @Test
    void followerEntryDecodesEveryDocumentedField() {
        RelationUser friend = rel.followers(ME).filter(u -> u.mid() == World.FRIEND_MID).blockFirst(T);

        assertThat(friend).isNotNull();
        assertThat(friend.attribute()).isEqualTo(6);
        assertThat(friend.mutual()).isTrue();
        assertThat(friend.following()).isTrue();
        assertThat(friend.uname()).isEqualTo("老友记");
        assertThat(friend.face()).startsWith("http://i0.hdslb.com/bfs/face/");
        assertThat(friend.mtime()).isAfter(Instant.ofEpochSecond(1_500_000_000L));
        assertThat(friend.officialVerify().type()).isEqualTo(OfficialType.NONE);
        assertThat(friend.officialVerify().verified()).isFalse();
        assertThat(friend.vip().vipType()).isEqualTo(1);
        assertThat(friend.vip().vipDueDate()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(friend.vip().active()).isTrue();
    }

    @Test
    void followingsR2CarryTagsSpecialAndVerification() {
        List<RelationUser> all = rel.followings(ME).collectList().block(T);

        assertThat(all).extracting(RelationUser::mid).isEqualTo(world.followings(ME));
        RelationUser warma = all.stream().filter(u -> u.mid() == 53456L).findFirst().orElseThrow();
        assertThat(warma.special()).isTrue();
        assertThat(warma.tags()).contains(RelationTag.SPECIAL);
        assertThat(warma.officialVerify().type()).isEqualTo(OfficialType.PERSONAL);
        assertThat(warma.officialVerify().desc()).isEqualTo("bilibili 知名UP主");
        assertThat(warma.vip().vipDueDate()).isEqualTo(Instant.ofEpochMilli(1_637_424_000_000L));
        RelationUser alipay = all.stream().filter(u -> u.mid() == 420831218L).findFirst().orElseThrow();
        assertThat(alipay.officialVerify().type()).isEqualTo(OfficialType.ORGANIZATION);
        // The wire's "tag": null (default group) is an empty list.
        RelationUser untagged = all.stream().filter(u -> world.tagsOf(ME, u.mid()).isEmpty()).findFirst().orElseThrow();
        assertThat(untagged.tags()).isEmpty();
        assertThat(untagged.special()).isFalse();
        assertThat(all).allSatisfy(u -> assertThat(u.tags()).isEqualTo(world.tagsOf(ME, u.mid())));
    }

    @Test
    void followingsMostVisitedSendsAttentionAndReordersTheSameUsers() {
        List<Long> byTime = mids(rel.followings(ME, FollowingOrder.FOLLOW_TIME));
        List<Long> byVisits = mids(rel.followings(ME, FollowingOrder.MOST_VISITED));

        assertThat(byVisits).containsExactlyInAnyOrderElementsOf(byTime).isNotEqualTo(byTime);
        List<Journal.Entry> entries = journal().entries("/x/relation/followings");
        assertThat(entries.get(0).query()).doesNotContainKey("order_type");
        assertThat(entries.get(entries.size() - 1).query()).containsEntry("order_type", "attention");
    }

    @Test
    void followingsOfAUserWhoHidesThemFailWithPrivacyException22115() {
        StepVerifier.create(rel.followings(World.PRIVATE_MID))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(PrivacyException.class)
                        .extracting(x -> ((PrivacyException) x).code()).isEqualTo(22115))
                .verify(T);
        StepVerifier.create(rel.followings(World.PRIVATE_MID).byPage())
                .expectError(PrivacyException.class)
                .verify(T);
    }

    @Test
    void searchFollowingsR3FindsByName() {
        List<RelationUser> hits = rel.searchFollowings(ME, "warma").collectList().block(T);

        assertThat(hits).extracting(RelationUser::mid).containsExactly(53456L);
        assertThat(hits.get(0).uname()).isEqualTo("Warma");
        assertThat(only("/x/relation/followings/search").query()).containsEntry("name", "warma");
        assertThat(rel.searchFollowings(ME, "no such name at all").collectList().block(T)).isEmpty();
    }

    @Test
    void sameFollowingsR4AreTheCommonOnesInTheirOrder() {
        List<Long> expected = world.followings(World.CAPPED_MID).stream().filter(f -> world.follows(ME, f)).toList();

        List<Long> same = mids(rel.sameFollowings(World.CAPPED_MID, 10));

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(same).isEqualTo(expected);
        assertThat(count("/x/relation/same/followings")).isEqualTo(3);
    }

    @Test
    void whispersR5HaveNoTotalAndEndAtAShortPage() {
        List<Page<RelationUser>> pages = rel.whispers().byPage().collectList().block(T);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).total()).isEmpty();
        assertThat(pages.get(0).items()).extracting(RelationUser::mid).isEqualTo(world.whispers(ME));
        assertThat(pages.get(0).items()).allSatisfy(u -> assertThat(u.attribute()).isEqualTo(1));
        // Two per page: pages 1 and 2 (short), nothing more asked for.
        assertThat(mids(rel.whispers(2))).isEqualTo(world.whispers(ME));
        assertThat(count("/x/relation/whispers")).isEqualTo(3);
    }

    @Test
    void blacksR6AreAttribute128() {
        List<RelationUser> blacks = rel.blacks().collectList().block(T);

        assertThat(blacks).extracting(RelationUser::mid).isEqualTo(world.blacks(ME));
        assertThat(blacks).allSatisfy(u -> assertThat(u.blocked()).isTrue());
        RelationUser named = blacks.stream().filter(u -> u.mid() == 22179720L).findFirst().orElseThrow();
        assertThat(named.uname()).isEqualTo("咩2016");
        assertThat(named.vip().vipDueDate()).isEqualTo(Instant.EPOCH);
        assertThat(mids(rel.blacks(2))).isEqualTo(world.blacks(ME));
    }

    @Test
    void tagMembersR13ListEachGroupWithCardsOnly() {
        List<Long> ups = world.followings(ME).stream().filter(f -> world.tagsOf(ME, f).contains(World.TAG_UPS)).toList();
        List<Long> special = world.followings(ME).stream()
                .filter(f -> world.tagsOf(ME, f).contains(World.TAG_SPECIAL)).toList();
        List<Long> dflt = world.followings(ME).stream().filter(f -> world.tagsOf(ME, f).isEmpty()).toList();

        List<RelationUser> members = rel.tagMembers(World.TAG_UPS).collectList().block(T);

        assertThat(members).extracting(RelationUser::mid).isEqualTo(ups);
        RelationUser alipay = members.stream().filter(u -> u.mid() == 420831218L).findFirst().orElseThrow();
        assertThat(alipay.uname()).isEqualTo("支付宝Alipay");
        assertThat(alipay.officialVerify().desc()).isEqualTo("支付宝官方账号");
        assertThat(alipay.mtime()).isEqualTo(Instant.EPOCH);
        assertThat(alipay.tags()).isEmpty();
        assertThat(mids(rel.tagMembers(RelationTag.SPECIAL))).isEqualTo(special);
        assertThat(dflt).hasSizeGreaterThan(50);
        assertThat(mids(rel.tagMembers(RelationTag.DEFAULT))).isEqualTo(dflt);
        assertThat(mids(rel.tagMembers(World.TAG_UPS, FollowingOrder.MOST_VISITED, 7)))
                .containsExactlyInAnyOrderElementsOf(ups);
        assertThat(journal().entries("/x/relation/tag").get(0).query()).containsEntry("ps", "50")
                .containsEntry("tagid", String.valueOf(World.TAG_UPS));
    }

    @Test
    void tagMembersOfAnUnknownGroupFailWithTagNotFound22104() {
        StepVerifier.create(rel.tagMembers(987_654L))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(TagNotFoundException.class)
                        .isInstanceOf(RelationException.class)
                        .extracting(x -> ((TagNotFoundException) x).code()).isEqualTo(22104))
                .verify(T);
    }

    @Test
    void appLoginStreamsTheSameListsSigned() {
        RelationClient app = app(ME);

        assertThat(mids(app.followers(ME))).isEqualTo(world.followers(ME));
        assertThat(mids(app.tagMembers(World.TAG_UPS, FollowingOrder.FOLLOW_TIME, 20)))
                .isEqualTo(mids(rel.tagMembers(World.TAG_UPS)));
        Journal.Entry first = journal().entries("/x/relation/followers").get(0);
        assertThat(first.query()).containsKeys("access_key", "appkey", "ts", "sign");
        assertThat(first.cookiePresent()).isFalse();
    }

    @Test
    void aLoggedOutSessionFailsWithNotLoggedIn() {
        world.logout(ME);

        StepVerifier.create(rel.followers(ME)).expectError(NotLoggedInException.class).verify(T);
        assertThat(count("/x/relation/followers")).isEqualTo(1); // -101 is permanent: not retried
    }

    @Test
    void noCredentialsFailBeforeSending() {
        RelationClient anonymous = client(Credentials.none());

        StepVerifier.create(anonymous.followers(ME)).expectError(MissingCredentialsException.class).verify(T);
        assertThat(journal().entries()).isEmpty();
    }

    @Test
    void listsAreLazy() {
        rel.followers(ME);
        rel.followings(ME).byPage();
        rel.tagMembers(World.TAG_UPS);

        assertThat(journal().entries()).isEmpty();
    }

    @Test
    void badArgumentsThrowAtTheCallAndSendNothing() {
        assertInvalid("pageSize", () -> rel.followers(ME, 0));
        assertInvalid("pageSize", () -> rel.followers(ME, 51));
        assertInvalid("vmid", () -> rel.followers(0));
        assertInvalid("vmid", () -> rel.followings(-1));
        assertInvalid("pageSize", () -> rel.followings(ME, FollowingOrder.FOLLOW_TIME, 51));
        assertInvalid("name", () -> rel.searchFollowings(ME, " "));
        assertInvalid("name", () -> rel.searchFollowings(ME, ""));
        assertInvalid("pageSize", () -> rel.searchFollowings(ME, "a", 0));
        assertInvalid("vmid", () -> rel.sameFollowings(0));
        assertInvalid("pageSize", () -> rel.sameFollowings(2, 100));
        assertInvalid("pageSize", () -> rel.whispers(0));
        assertInvalid("pageSize", () -> rel.blacks(51));
        assertInvalid("tagId", () -> rel.tagMembers(-5));
        assertInvalid("tagId", () -> rel.tagMembers(-11));
        assertInvalid("pageSize", () -> rel.tagMembers(0, FollowingOrder.FOLLOW_TIME, 51));
        assertThatThrownBy(() -> rel.followings(ME, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("order");
        assertThatThrownBy(() -> rel.searchFollowings(ME, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> RelationClient.of(null)).isInstanceOf(NullPointerException.class);

        assertThat(journal().entries()).isEmpty();
    }

    static void assertInvalid(String parameter, Supplier<?> call) {
        assertThatThrownBy(call::get).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(parameter);
    }
}
