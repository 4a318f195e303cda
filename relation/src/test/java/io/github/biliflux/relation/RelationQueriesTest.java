package io.github.biliflux.relation;

import static io.github.biliflux.relation.RelationListsTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** R9-R12, R14, R15: relations and groups, in cookie and app mode. */
class RelationQueriesTest extends EmulatorTestBase {

    private static final Duration T = Duration.ofSeconds(10);
    private static final long STRANGER = 700_000_005L;

    @Test
    void relationR9OfAMutualSpecialFriend() {
        Relation r = rel.relation(World.FRIEND_MID).block(T);

        assertThat(r.mid()).isEqualTo(World.FRIEND_MID);
        assertThat(r.attribute()).isEqualTo(6);
        assertThat(r.mutual()).isTrue();
        assertThat(r.following()).isTrue();
        assertThat(r.special()).isTrue();
        assertThat(r.tags()).containsExactlyInAnyOrder(RelationTag.SPECIAL, World.TAG_OLD_FRIENDS);
        assertThat(r.mtime()).isAfter(Instant.ofEpochSecond(1_500_000_000L));
        assertThat(only("/x/relation").query()).containsEntry("fid", String.valueOf(World.FRIEND_MID));
    }

    @Test
    void relationR9OfAStrangerIsNone() {
        Relation r = rel.relation(STRANGER).block(T);

        assertThat(r.attribute()).isZero();
        assertThat(r.following()).isFalse();
        assertThat(r.mtime()).isEqualTo(Instant.EPOCH);
        assertThat(r.tags()).isEmpty();
        assertThat(r.special()).isFalse();
        assertThat(rel.relation(world.blacks(ME).get(0)).block(T).blocked()).isTrue();
        assertThat(rel.relation(178429408L).block(T).whisper()).isTrue();
    }

    @Test
    void mutualRelationR10UsesTheWbiRouteAndGivesBothDirections() {
        MutualRelation m = rel.mutualRelation(World.FRIEND_MID).block(T);

        assertThat(m.relation().mid()).isEqualTo(World.FRIEND_MID);
        assertThat(m.relation().attribute()).isEqualTo(6);
        assertThat(m.relation().tags()).contains(RelationTag.SPECIAL, World.TAG_OLD_FRIENDS);
        assertThat(m.beRelation().mid()).isEqualTo(ME);
        assertThat(m.beRelation().tags()).containsExactlyInAnyOrder(56_502L, RelationTag.SPECIAL);
        assertThat(m.beRelation().special()).isTrue();
        Journal.Entry e = only("/x/space/wbi/acc/relation");
        assertThat(e.query()).containsKeys("mid", "wts", "w_rid");
        assertThat(e.code()).isZero();
        assertThat(count("/x/space/acc/relation")).isZero();
    }

    @Test
    void mutualRelationR10OfSomeoneWhoBlockedMe() {
        MutualRelation m = rel.mutualRelation(World.BLOCKER_MID).block(T);

        assertThat(m.relation().following()).isFalse();
        assertThat(m.beRelation().blocked()).isTrue();
    }

    @Test
    void mutualRelationR10InAppModeIsAppAndWbiSigned() {
        MutualRelation m = app(ME).mutualRelation(World.FRIEND_MID).block(T);

        assertThat(m.beRelation().mid()).isEqualTo(ME);
        assertThat(only("/x/space/wbi/acc/relation").query()).containsKeys("access_key", "sign", "w_rid");
    }

    @Test
    void relationsR11AreKeyedByMidNumber() {
        Map<Long, Relation> m = rel.relations(List.of(World.FRIEND_MID, 14082L, STRANGER)).block(T);

        assertThat(m).containsOnlyKeys(World.FRIEND_MID, 14082L, STRANGER);
        assertThat(m.get(World.FRIEND_MID).mutual()).isTrue();
        assertThat(m.get(14082L).following()).isTrue();
        assertThat(m.get(STRANGER).attribute()).isZero();
        assertThat(only("/x/relation/relations").query())
                .containsEntry("fids", World.FRIEND_MID + ",14082," + STRANGER);
        assertThatThrownBy(() -> m.put(1L, null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void relationsR11OfMoreThanFiftyMidsAreAskedForInChunks() {
        List<Long> fids = LongStream.range(0, 120).map(i -> 900_000_000L + i).boxed().toList();
        world.follow(ME, 900_000_077L);

        Map<Long, Relation> m = rel.relations(fids).block(T);

        assertThat(m.keySet()).containsExactlyElementsOf(fids);
        assertThat(m.get(900_000_077L).following()).isTrue();
        assertThat(count("/x/relation/relations")).isEqualTo(3);
    }

    @Test
    void relationsInAppMode() {
        Map<Long, Relation> m = app(ME).relations(List.of(World.FRIEND_MID)).block(T);

        assertThat(m.get(World.FRIEND_MID).special()).isTrue();
    }

    @Test
    void tagsR12StartWithSpecialAndDefaultThenTheCustomGroups() {
        List<RelationTag> tags = rel.tags().block(T);

        assertThat(tags).extracting(RelationTag::tagId).containsExactly(RelationTag.SPECIAL, RelationTag.DEFAULT,
                World.TAG_OLD_FRIENDS, World.TAG_CLASSMATES, World.TAG_UPS, World.TAG_GAMES);
        assertThat(tags.get(0).name()).isEqualTo("特别关注");
        assertThat(tags.get(0).isSpecial()).isTrue();
        assertThat(tags.get(1).name()).isEqualTo("默认分组");
        assertThat(tags.get(1).isDefault()).isTrue();
        assertThat(tags.get(4).name()).isEqualTo("UP主");
        assertThat(tags.get(4).isCustom()).isTrue();
        for (RelationTag t : tags) {
            long members = world.followings(ME).stream().filter(f -> t.isDefault()
                    ? world.tagsOf(ME, f).isEmpty() : world.tagsOf(ME, f).contains(t.tagId())).count();
            assertThat(t.count()).as("count of %s", t.name()).isEqualTo(members);
        }
    }

    @Test
    void tagsR12InAppMode() {
        assertThat(app(ME).tags().block(T)).hasSize(6);
    }

    @Test
    void tagsOfUserR14AreKeyedByTagIdNumber() {
        Map<Long, String> friend = rel.tagsOfUser(World.FRIEND_MID).block(T);

        assertThat(friend).containsOnly(Map.entry(RelationTag.SPECIAL, "特别关注"), Map.entry(World.TAG_OLD_FRIENDS, "老友"));
        long untagged = world.followings(ME).stream().filter(f -> world.tagsOf(ME, f).isEmpty()).findFirst().orElseThrow();
        assertThat(rel.tagsOfUser(untagged).block(T)).isEmpty();
        assertThat(app(ME).tagsOfUser(World.FRIEND_MID).block(T)).isEqualTo(friend);
    }

    @Test
    void specialFollowingsR15AreTheMidsOfGroupMinus10() {
        List<Long> expected = world.followings(ME).stream()
                .filter(f -> world.tagsOf(ME, f).contains(RelationTag.SPECIAL)).toList();

        List<Long> special = rel.specialFollowings().block(T);

        assertThat(special).isNotEmpty().containsExactlyElementsOf(expected).contains(53456L, World.FRIEND_MID);
        assertThat(app(ME).specialFollowings().block(T)).isEqualTo(special);
    }

    @Test
    void badArgumentsThrowAtTheCallAndSendNothing() {
        assertInvalid("fid", () -> rel.relation(0));
        assertInvalid("mid", () -> rel.mutualRelation(-1));
        assertInvalid("fids", () -> rel.relations(List.of()));
        assertInvalid("fids", () -> rel.relations(List.of(1L, 0L)));
        assertInvalid("fids", () -> rel.relations(new ArrayList<>(Arrays.asList(1L, null))));
        assertInvalid("fid", () -> rel.tagsOfUser(0));
        assertThatThrownBy(() -> rel.relations(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("fids");

        assertThat(journal().entries()).isEmpty();
    }
}
