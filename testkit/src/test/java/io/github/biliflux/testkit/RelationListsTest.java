package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R1-R6 lists: order, paging, caps in both modes, privacy, page-size limits. */
class RelationListsTest extends EmulatorTest {

    private static final String FOLLOWERS = "/x/relation/followers";
    private static final String FOLLOWINGS = "/x/relation/followings";

    private static List<Long> mids(Http.Res r) {
        List<Long> out = new ArrayList<>();
        r.data().path("list").forEach(e -> out.add(e.path("mid").asLong()));
        return out;
    }

    @Test
    void ownFollowersNewestFirstWithTotalAndMutualAttribute() {
        Http.Res r = get(FOLLOWERS, "vmid", "" + ME, "ps", "50", "pn", "1");
        assertCode(r, 0);
        assertThat(r.data().path("total").asInt()).isEqualTo(320);
        assertThat(mids(r)).isEqualTo(world.followers(ME).subList(0, 50));
        for (JsonNode e : r.data().path("list")) {
            int expected = world.follows(ME, e.path("mid").asLong()) ? 6 : 0;
            assertThat(e.path("attribute").asInt()).isEqualTo(expected);
            assertThat(e.path("tag").isNull()).isTrue();
        }
        Http.Res last = get(FOLLOWERS, "vmid", "" + ME, "ps", "50", "pn", "7");
        assertThat(mids(last)).hasSize(20);
    }

    @Test
    void psDefaultsTo50AndOutOfRangeIsBadRequest() {
        assertThat(mids(get(FOLLOWERS, "vmid", "" + ME))).hasSize(50);
        assertCode(get(FOLLOWERS, "vmid", "" + ME, "ps", "51"), -400);
        assertCode(get(FOLLOWERS, "vmid", "" + ME, "ps", "0"), -400);
        assertCode(get(FOLLOWERS, "vmid", "" + ME, "pn", "0"), -400);
        assertCode(get(FOLLOWERS, "vmid", "x"), -400);
        assertCode(get(FOLLOWERS), -400);
        assertCode(get(FOLLOWINGS, "vmid", "" + ME, "ps", "100"), -400);
    }

    @Test
    void anonymousCallersAreNotLoggedIn() {
        assertCode(http.get(FOLLOWERS, map("vmid", "" + ME), null), -101);
        assertCode(http.get(FOLLOWERS, map("vmid", "" + ME), "SESSDATA=nope"), -101);
    }

    @Test
    void liveCapEndsOthersListsWithEmptyPagesAfter100() {
        long other = World.CAPPED_MID;
        Http.Res p2 = get(FOLLOWERS, "vmid", "" + other, "ps", "50", "pn", "2");
        assertThat(mids(p2)).hasSize(50);
        Http.Res p3 = get(FOLLOWERS, "vmid", "" + other, "ps", "50", "pn", "3");
        assertCode(p3, 0);
        assertThat(mids(p3)).isEmpty();
        assertThat(p3.data().path("total").asInt()).isEqualTo(250);
        Http.Res straddle = get(FOLLOWERS, "vmid", "" + other, "ps", "40", "pn", "3");
        assertThat(mids(straddle)).hasSize(20);
        assertThat(mids(get(FOLLOWINGS, "vmid", "" + other, "ps", "50", "pn", "3"))).isEmpty();
        // the owner sees everything
        assertThat(mids(getAs(other, FOLLOWINGS, "vmid", "" + other, "ps", "50", "pn", "4"))).hasSize(30);
        assertThat(mids(getAs(other, FOLLOWERS, "vmid", "" + other, "ps", "50", "pn", "5"))).hasSize(50);
    }

    @Test
    void specCapAnswers22007PastPage5AndIsSwitchableAtRuntime() {
        world.capMode(CapMode.SPEC);
        long other = World.CAPPED_MID;
        assertThat(mids(get(FOLLOWERS, "vmid", "" + other, "ps", "20", "pn", "5"))).hasSize(20);
        assertCode(get(FOLLOWERS, "vmid", "" + other, "ps", "20", "pn", "6"), 22007);
        assertCode(get(FOLLOWINGS, "vmid", "" + other, "ps", "20", "pn", "6"), 22007);
        assertCode(getAs(other, FOLLOWINGS, "vmid", "" + other, "ps", "20", "pn", "6"), 0);
        world.capMode(CapMode.LIVE);
        assertCode(get(FOLLOWERS, "vmid", "" + other, "ps", "20", "pn", "6"), 0);
    }

    @Test
    void ownFollowersEndAfter1000() {
        World big = World.generated(7, 1500, 0);
        try (BiliEmulator e = BiliEmulator.start(big)) {
            Http h = new Http(e.baseUri());
            String c = big.cookieHeader(ME);
            Http.Res p20 = h.get(FOLLOWERS, map("vmid", "" + ME, "ps", "50", "pn", "20"), c);
            assertThat(mids(p20)).hasSize(50);
            Http.Res p21 = h.get(FOLLOWERS, map("vmid", "" + ME, "ps", "50", "pn", "21"), c);
            assertCode(p21, 0);
            assertThat(mids(p21)).isEmpty();
            assertThat(p21.data().path("total").asInt()).isEqualTo(1500);
        }
    }

    @Test
    void hiddenFollowingsAnswer22115ToOthersOnly() {
        assertCode(get(FOLLOWINGS, "vmid", "" + World.PRIVATE_MID), 22115);
        assertCode(get("/x/relation/followings/search", "vmid", "" + World.PRIVATE_MID, "name", "a"), 22115);
        assertCode(getAs(World.PRIVATE_MID, FOLLOWINGS, "vmid", "" + World.PRIVATE_MID), 0);
        assertCode(get(FOLLOWERS, "vmid", "" + World.PRIVATE_MID), 0);
        world.hideFollowings(World.PRIVATE_MID, false);
        assertThat(mids(get(FOLLOWINGS, "vmid", "" + World.PRIVATE_MID))).hasSize(30);
        world.hideFollowings(ME, true);
        assertCode(getAs(World.FRIEND_MID, FOLLOWINGS, "vmid", "" + ME), 22115);
    }

    @Test
    void followingsCarryTagsSpecialAndAttentionOrder() {
        Http.Res r = get(FOLLOWINGS, "vmid", "" + ME, "ps", "50", "pn", "1");
        assertThat(r.data().path("total").asInt()).isEqualTo(260);
        assertThat(mids(r)).isEqualTo(world.followings(ME).subList(0, 50));
        for (JsonNode e : r.data().path("list")) {
            long mid = e.path("mid").asLong();
            List<Long> tags = world.tagsOf(ME, mid);
            if (tags.isEmpty()) {
                assertThat(e.path("tag").isNull()).isTrue();
            } else {
                List<Long> got = new ArrayList<>();
                e.path("tag").forEach(t -> got.add(t.asLong()));
                assertThat(got).isEqualTo(tags);
            }
            assertThat(e.path("special").asInt()).isEqualTo(tags.contains(-10L) ? 1 : 0);
            assertThat(e.path("attribute").asInt()).isIn(2, 6);
        }
        List<Long> attention = new ArrayList<>();
        for (int pn = 1; pn <= 6; pn++) {
            attention.addAll(mids(get(FOLLOWINGS, "vmid", "" + ME, "order_type", "attention", "ps", "50",
                    "pn", "" + pn)));
        }
        assertThat(attention).hasSize(260).containsExactlyInAnyOrderElementsOf(world.followings(ME))
                .isNotEqualTo(world.followings(ME));
    }

    @Test
    void searchSameWhispersBlacks() {
        Http.Res s = get("/x/relation/followings/search", "vmid", "" + ME, "name", "WARMA");
        assertThat(mids(s)).containsExactly(53456L);
        assertThat(s.data().path("total").asInt()).isEqualTo(1);
        assertThat(s.data().has("re_version")).isFalse();
        assertCode(get("/x/relation/followings/search", "vmid", "" + ME), -400);

        Http.Res same = get("/x/relation/same/followings", "vmid", "" + World.CAPPED_MID, "ps", "50");
        assertThat(mids(same)).isNotEmpty().allMatch(m -> world.follows(ME, m) && world.follows(World.CAPPED_MID, m));
        assertThat(same.data().path("total").asInt()).isEqualTo(mids(same).size());

        Http.Res w = get("/x/relation/whispers");
        assertThat(mids(w)).isEqualTo(world.whispers(ME)).hasSize(3);
        assertThat(w.data().has("total")).isFalse();
        w.data().path("list").forEach(e -> assertThat(e.path("attribute").asInt()).isEqualTo(1));

        Http.Res b = get("/x/relation/blacks", "ps", "2");
        assertThat(mids(b)).containsExactly(22179720L, 16174624L);
        assertThat(b.data().path("total").asInt()).isEqualTo(5);
        b.data().path("list").forEach(e -> assertThat(e.path("attribute").asInt()).isEqualTo(128));
        assertCode(get("/x/relation/blacks", "ps", "51"), -400);
    }
}
