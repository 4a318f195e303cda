package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** R7-R11: modify semantics, batch modify, relation queries; consistency of every list. */
class RelationModifyTest extends EmulatorTest {

    private static final String MODIFY = "/x/relation/modify";

    private Http.Res act(long fid, int act) {
        return post(MODIFY, "fid", "" + fid, "act", "" + act, "re_src", "11");
    }

    @Test
    void followAndUnfollowUpdateBothSides() {
        long target = 777_000_001L;
        assertCode(act(target, 1), 0);
        assertThat(world.followings(ME).get(0)).isEqualTo(target);
        assertThat(world.followers(target)).containsExactly(ME);
        JsonNode rel = get("/x/relation", "fid", "" + target).data();
        assertThat(rel.path("attribute").asInt()).isEqualTo(2);
        assertThat(rel.path("mtime").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(rel.path("tag").isNull()).isTrue();
        assertCode(act(target, 2), 0);
        assertThat(world.followings(ME)).doesNotContain(target);
        assertThat(world.followers(target)).isEmpty();
        assertThat(get("/x/relation", "fid", "" + target).data().path("attribute").asInt()).isZero();
        assertThat(emu.journal().mutations()).hasSize(2);
        assertCode(act(target, 2), 0);
        assertThat(emu.journal().mutations()).hasSize(2);
    }

    @Test
    void unfollowDropsTagsAndSpecial() {
        assertThat(world.tagsOf(ME, 53456L)).contains(-10L);
        assertCode(act(53456L, 2), 0);
        assertThat(world.tagsOf(ME, 53456L)).isEmpty();
        assertThat(get("/x/relation/tag/special").data().toString()).doesNotContain("53456");
    }

    @Test
    void selfAndBadActs() {
        assertCode(act(ME, 1), 22001);
        assertCode(act(ME, 5), 22001);
        assertCode(act(5, 0), -400);
        assertCode(act(5, 8), -400);
        assertCode(post(MODIFY, "act", "1"), -400);
        assertCode(act(0, 1), -400);
    }

    @Test
    void blockedEitherWayAnswers22003() {
        assertCode(act(World.BLOCKER_MID, 1), 22003);
        assertCode(act(22179720L, 1), 22003);
        assertThat(world.follows(ME, World.BLOCKER_MID)).isFalse();
        assertCode(act(22179720L, 6), 0);
        assertCode(act(22179720L, 1), 0);
        assertThat(world.follows(ME, 22179720L)).isTrue();
    }

    @Test
    void blockRemovesFollowsBothWaysAndTags() {
        long friend = World.FRIEND_MID;
        assertThat(world.attribute(ME, friend)).isEqualTo(6);
        assertCode(act(friend, 5), 0);
        assertThat(world.follows(ME, friend)).isFalse();
        assertThat(world.follows(friend, ME)).isFalse();
        assertThat(world.tagsOf(ME, friend)).isEmpty();
        assertThat(world.blacks(ME).get(0)).isEqualTo(friend);
        assertThat(get("/x/relation", "fid", "" + friend).data().path("attribute").asInt()).isEqualTo(128);
        assertThat(world.followers(ME)).doesNotContain(friend);
        assertCode(act(friend, 6), 0);
        assertThat(world.blacks(ME)).doesNotContain(friend);
        assertThat(world.attribute(ME, friend)).isZero();
    }

    @Test
    void removeFanAndMutualAttribute() {
        long fan = world.followers(ME).get(0);
        assertThat(world.follows(fan, ME)).isTrue();
        assertCode(act(fan, 7), 0);
        assertThat(world.followers(ME)).doesNotContain(fan);
        assertThat(world.followings(fan)).doesNotContain(ME);
        assertThat(get("/x/relation/followers", "vmid", "" + ME).data().path("total").asInt()).isEqualTo(319);
    }

    @Test
    void whisperIsRefusedLiveAndWorksInSpecMode() {
        long target = 777_000_002L;
        Http.Res live = act(target, 3);
        assertCode(live, -400);
        assertThat(live.json().path("message").asText()).isEqualTo("请求错误");
        world.capMode(CapMode.SPEC);
        assertCode(act(target, 3), 0);
        assertThat(world.whispers(ME).get(0)).isEqualTo(target);
        assertThat(world.followers(target)).isEmpty();
        assertThat(get("/x/relation", "fid", "" + target).data().path("attribute").asInt()).isEqualTo(1);
        assertCode(act(target, 1), 0);
        assertThat(world.whispers(ME)).doesNotContain(target);
        assertCode(act(target, 3), 0);
        assertThat(world.follows(ME, target)).isFalse();
        assertCode(act(target, 4), 0);
        assertThat(world.whispers(ME)).doesNotContain(target);
    }

    @Test
    void batchModifyTakesFidsOrFidAndReportsFailures() {
        Http.Res r = post("/x/relation/batch/modify", "fids", "11,12," + ME + "," + World.BLOCKER_MID, "act", "1",
                "re_src", "11");
        assertCode(r, 0);
        assertThat(r.data().path("failed_fids").toString()).isEqualTo("[" + ME + "," + World.BLOCKER_MID + "]");
        assertThat(world.follows(ME, 11)).isTrue();
        assertThat(world.follows(ME, 12)).isTrue();
        assertCode(post("/x/relation/batch/modify", "fid", "13", "act", "5", "re_src", "11"), 0);
        assertThat(world.blacks(ME).get(0)).isEqualTo(13L);
        assertCode(post("/x/relation/batch/modify", "fids", "14", "act", "2"), -400);
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 51; i++) {
            many.append(i == 1 ? "" : ",").append(1000 + i);
        }
        assertCode(post("/x/relation/batch/modify", "fids", many.toString(), "act", "1"), -400);
        assertCode(post("/x/relation/batch/modify", "act", "1"), -400);
    }

    @Test
    void relationQueries() {
        long friend = World.FRIEND_MID;
        JsonNode r9 = get("/x/relation", "fid", "" + friend).data();
        assertThat(r9.path("attribute").asInt()).isEqualTo(6);
        assertThat(r9.path("special").asInt()).isEqualTo(1);
        assertThat(r9.path("tag").toString()).isEqualTo("[-10,194110]");
        JsonNode r10 = get("/x/space/acc/relation", "mid", "" + friend).data();
        assertThat(r10.path("relation").path("mid").asLong()).isEqualTo(friend);
        assertThat(r10.path("be_relation").path("mid").asLong()).isEqualTo(ME);
        assertThat(r10.path("be_relation").path("tag").toString()).isEqualTo("[56502,-10]");
        assertThat(r10.path("be_relation").path("attribute").asInt()).isEqualTo(6);
        assertCode(get("/x/space/acc/relation"), -400);
        JsonNode r11 = get("/x/relation/relations", "fids", friend + ",22179720,5").data();
        assertThat(r11.path("" + friend).path("attribute").asInt()).isEqualTo(6);
        assertThat(r11.path("22179720").path("attribute").asInt()).isEqualTo(128);
        assertThat(r11.path("5").path("attribute").asInt()).isZero();
        assertCode(get("/x/relation/relations"), -400);
        assertCode(get("/x/relation"), -400);
    }
}
