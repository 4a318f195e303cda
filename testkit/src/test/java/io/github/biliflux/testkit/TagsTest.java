package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R12-R21: groups, counts, members, and every tag error code. */
class TagsTest extends EmulatorTest {

    private static final String T = "/x/relation/";

    private int count(long tagId) {
        for (JsonNode t : get(T + "tags").data()) {
            if (t.path("tagid").asLong() == tagId) {
                return t.path("count").asInt();
            }
        }
        return -1;
    }

    @Test
    void tagsListSpecialDefaultThenCustomWithConsistentCounts() {
        JsonNode tags = get(T + "tags").data();
        assertThat(tags.get(0).path("tagid").asLong()).isEqualTo(-10);
        assertThat(tags.get(0).path("name").asText()).isEqualTo("特别关注");
        assertThat(tags.get(1).path("tagid").asLong()).isZero();
        assertThat(tags.get(1).path("name").asText()).isEqualTo("默认分组");
        assertThat(tags).hasSize(6);
        for (JsonNode t : tags) {
            long id = t.path("tagid").asLong();
            Http.Res members = get(T + "tag", "tagid", "" + id, "ps", "50");
            int total = 0;
            for (int pn = 1; ; pn++) {
                int n = get(T + "tag", "tagid", "" + id, "ps", "50", "pn", "" + pn).data().size();
                total += n;
                if (n < 50) {
                    break;
                }
            }
            assertCode(members, 0);
            assertThat(total).as("members of %s", id).isEqualTo(t.path("count").asInt());
        }
        assertThat(get(T + "tag/special").data().size()).isEqualTo(count(-10));
    }

    @Test
    void tagMembersPageWithDefault20And22104ForUnknown() {
        assertThat(get(T + "tag", "tagid", "0").data().size()).isEqualTo(20);
        assertCode(get(T + "tag", "tagid", "999"), 22104);
        assertCode(get(T + "tag"), -400);
        assertCode(get(T + "tag", "tagid", "0", "ps", "51"), -400);
        JsonNode first = get(T + "tag", "tagid", "207542").data().get(0);
        assertThat(first.has("uname")).isTrue();
        assertThat(first.has("attribute")).isFalse();
    }

    @Test
    void createRenameDeleteWithTheirErrors() {
        Http.Res c = post(T + "tag/create", "tag", "十六个字的分组名字十六个字的分组名");
        assertCode(c, 22103);
        assertCode(post(T + "tag/create", "tag", "一二三四五六七八九十一二三四五六"), 0);
        Http.Res created = post(T + "tag/create", "tag", "新分组");
        assertCode(created, 0);
        long id = created.data().path("tagid").asLong();
        assertCode(post(T + "tag/create", "tag", "新分组"), 22106);
        assertCode(post(T + "tag/create", "tag", "特别关注"), 22106);
        assertCode(post(T + "tag/create", "tag", ""), -400);
        assertThat(world.tags(ME)).containsEntry(id, "新分组");
        assertCode(post(T + "tag/update", "tagid", "" + id, "name", "改名"), 0);
        assertThat(world.tags(ME)).containsEntry(id, "改名");
        assertCode(post(T + "tag/update", "tagid", "424242", "name", "x"), 22104);
        assertCode(post(T + "tag/update", "tagid", "-10", "name", "x"), 22104);
        assertCode(post(T + "tag/update", "tagid", "" + id, "name", "这是一个超过了十六个字符长度的分组名字"), 22103);
        assertCode(post(T + "tag/update", "tagid", "" + id, "name", "游戏"), 22106);
        int games = count(World.TAG_GAMES);
        int defaults = count(0);
        long onlyGames = world.followings(ME).stream()
                .filter(f -> world.tagsOf(ME, f).equals(List.of(World.TAG_GAMES))).count();
        assertCode(post(T + "tag/del", "tagid", "" + World.TAG_GAMES), 0);
        assertThat(world.tags(ME)).doesNotContainKey(World.TAG_GAMES);
        assertThat(count(0)).isEqualTo(defaults + (int) onlyGames);
        assertThat(games).isPositive();
        assertCode(post(T + "tag/del", "tagid", "" + World.TAG_GAMES), 22104);
    }

    @Test
    void addCopyMoveUsers() {
        long f = 14082L;
        assertThat(world.tagsOf(ME, f)).isEmpty();
        assertCode(post(T + "tags/addUsers", "fids", "" + f, "tagids", "-10,207542"), 0);
        assertThat(world.tagsOf(ME, f)).containsExactly(-10L, 207542L);
        JsonNode r14 = get(T + "tag/user", "fid", "" + f).data();
        assertThat(r14.path("-10").asText()).isEqualTo("特别关注");
        assertThat(r14.path("207542").asText()).isEqualTo("UP主");
        assertCode(post(T + "tags/copyUsers", "fids", "" + f, "tagids", "231305"), 0);
        assertThat(world.tagsOf(ME, f)).containsExactly(-10L, 207542L, 231305L);
        assertCode(post(T + "tags/moveUsers", "beforeTagids", "207542", "afterTagids", "194111", "fids", "" + f), 0);
        assertThat(world.tagsOf(ME, f)).containsExactly(-10L, 231305L, 194111L);
        assertCode(post(T + "tags/addUsers", "fids", "" + f, "tagids", "0"), 0);
        assertThat(world.tagsOf(ME, f)).isEmpty();
        assertThat(get(T + "tag/user", "fid", "" + f).data().size()).isZero();
        assertCode(post(T + "tags/addUsers", "fids", "777", "tagids", "207542"), 22105);
        assertCode(post(T + "tags/addUsers", "fids", "" + f, "tagids", "999"), 22104);
        assertCode(post(T + "tags/copyUsers", "fids", "777", "tagids", "207542"), 22105);
        assertCode(post(T + "tags/moveUsers", "beforeTagids", "999", "afterTagids", "0", "fids", "" + f), 22104);
        assertCode(post(T + "tags/addUsers", "fids", "" + f), -400);
    }

    @Test
    void specialListsMids() {
        List<Long> special = new ArrayList<>();
        get(T + "tag/special").data().forEach(n -> special.add(n.asLong()));
        assertThat(special).contains(53456L, 258150656L, World.FRIEND_MID).hasSize(count(-10));
    }
}
