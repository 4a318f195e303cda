package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The relation lists write each user's card once per world version: a page read again after a change
 * (through a request or through {@link World}) shows the new card, and the text is exactly what
 * Jackson writes for the same tree.
 */
class ListCardsTest extends EmulatorTest {

    private static final String FOLLOWERS = "/x/relation/followers";
    private static final String FOLLOWINGS = "/x/relation/followings";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonNode entry(Http.Res page, long mid) {
        for (JsonNode e : page.data().path("list")) {
            if (e.path("mid").asLong() == mid) {
                return e;
            }
        }
        throw new AssertionError("no entry of " + mid + " in " + page.body());
    }

    @Test
    void aSignUpdatedByA9ShowsInTheNextPage() {
        Http.Res before = get(FOLLOWERS, "vmid", "" + ME, "pn", "1", "ps", "50");
        assertThat(entry(before, World.FRIEND_MID).path("sign").asText()).isEmpty();
        assertCode(postAs(World.FRIEND_MID, "/x/member/web/sign/update", "user_sign", "新的签名 \"引号\" \\ /"), 0);

        Http.Res after = get(FOLLOWERS, "vmid", "" + ME, "pn", "1", "ps", "50");

        assertThat(entry(after, World.FRIEND_MID).path("sign").asText()).isEqualTo("新的签名 \"引号\" \\ /");
        assertThat(entry(after, World.FRIEND_MID).path("uname").asText()).isEqualTo("老友记");
    }

    @Test
    void aUserRenamedThroughTheWorldShowsInTheNextPageAndRelationsStayCurrent() {
        long follower = world.followers(ME).get(3);
        Http.Res before = get(FOLLOWERS, "vmid", "" + ME, "pn", "1", "ps", "50");
        assertThat(entry(before, follower).path("attribute").asInt()).isIn(0, 6);
        world.addUser(follower, "改名\u0001后", BigDecimal.ONE);
        assertCode(post("/x/relation/modify", "fid", "" + follower, "act", "5"), 0); // block: no longer a follower

        Http.Res after = get(FOLLOWERS, "vmid", "" + ME, "pn", "1", "ps", "50");

        assertThat(after.data().path("list").findValuesAsText("mid")).doesNotContain("" + follower);
        Http.Res blacks = get("/x/relation/blacks", "pn", "1", "ps", "50");
        assertThat(entry(blacks, follower).path("uname").asText()).isEqualTo("改名\u0001后");
        assertThat(entry(blacks, follower).path("attribute").asInt()).isEqualTo(128);
    }

    @Test
    void pagesAreTheTextJacksonWritesForTheirTree() throws Exception {
        world.addUser(world.followers(ME).get(0), "引号\"反斜杠\\控制\u001f行\u2028", BigDecimal.ONE);
        for (String body : new String[] {
            get(FOLLOWERS, "vmid", "" + ME, "pn", "1", "ps", "50").body(),
            get(FOLLOWINGS, "vmid", "" + ME, "pn", "2", "ps", "20").body(),
            get("/x/relation/followings/search", "vmid", "" + ME, "name", "_5").body(),
            get("/x/relation/same/followings", "vmid", "" + World.FRIEND_MID).body(),
            get("/x/relation/whispers").body(),
            get("/x/relation/tag", "tagid", "-10").body()}) {
            assertThat(body).isEqualTo(MAPPER.writeValueAsString(MAPPER.readTree(body)));
            assertThat(MAPPER.readTree(body).path("code").asInt()).isZero();
        }
    }

    @Test
    void aListLongerThanTheCardsKeptIsServedWhole() {
        World big = World.generated(5, 0, 6_000); // own followings: no cap
        try (BiliEmulator e = BiliEmulator.start(big)) {
            Http h = new Http(e.baseUri());
            java.util.List<Long> expected = big.followings(ME);
            int seen = 0;
            for (int pn = 1; pn <= 120; pn++) {
                JsonNode list = h.get(FOLLOWINGS, map("vmid", "" + ME, "pn", "" + pn, "ps", "50"), big.cookieHeader(ME))
                        .data().path("list");
                assertThat(list).hasSize(50);
                for (JsonNode u : list) {
                    assertThat(u.path("mid").asLong()).isEqualTo(expected.get(seen++));
                    assertThat(u.path("uname").asText()).endsWith("_" + u.path("mid").asLong());
                }
            }
            assertThat(seen).isEqualTo(6_000);
        }
    }
}
