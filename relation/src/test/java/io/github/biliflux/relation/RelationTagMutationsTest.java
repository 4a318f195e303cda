package io.github.biliflux.relation;

import static io.github.biliflux.relation.RelationListsTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** R16-R21: creating, renaming, deleting groups and moving users between them; every documented refusal. */
class RelationTagMutationsTest extends EmulatorTestBase {

    private static final Duration T = Duration.ofSeconds(10);
    private static final String CREATE = "/x/relation/tag/create";
    private static final long STRANGER = 700_000_005L;
    private static final String SEVENTEEN = "一二三四五六七八九十一二三四五六七";

    private long followed(int i) {
        return world.followings(ME).get(i);
    }

    private <E extends BiliApiException> void expectCode(Mono<?> call, Class<E> type, int code) {
        StepVerifier.create(call)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(type).isInstanceOf(RelationException.class)
                        .extracting(x -> ((BiliApiException) x).code()).isEqualTo(code))
                .verify(T);
    }

    @Test
    void createTagR16ReturnsTheNewId() {
        Long id = rel.createTag("测试").block(T);

        assertThat(id).isNotNull().isPositive();
        assertThat(world.tags(ME)).containsEntry(id, "测试");
        Journal.Entry e = only(CREATE);
        assertThat(e.form()).containsEntry("tag", "测试").containsKey("csrf");
        assertThat(rel.tags().block(T)).extracting(RelationTag::tagId).contains(id);
    }

    @Test
    void createTagR16CountsCodePointsNotChars() {
        String sixteenEmoji = "😀".repeat(16);

        Long id = rel.createTag(sixteenEmoji).block(T);

        assertThat(world.tags(ME)).containsEntry(id, sixteenEmoji);
        assertInvalid("name", () -> rel.createTag("😀".repeat(17)));
    }

    @Test
    void createTagR16InAppMode() {
        Long id = app(ME).createTag("app组").block(T);

        assertThat(world.tags(ME)).containsEntry(id, "app组");
        assertThat(only(CREATE).form()).containsKeys("access_key", "sign").doesNotContainKey("csrf");
    }

    @Test
    void createTagR16OfATakenNameIsTagExists22106() {
        expectCode(rel.createTag("老友"), TagExistsException.class, 22106);
        expectCode(rel.createTag("特别关注"), TagExistsException.class, 22106);
    }

    @Test
    void tooLongNamesAreMappedToTagNameTooLong22103WhenTheServiceIsAskedDirectly() {
        // The client refuses 17 characters before sending; the route still maps the service's 22103.
        World.Session s = world.session(ME);
        BiliClient bili = bili(Credentials.cookie(s.sessdata(), s.biliJct(), ME));

        expectCode(bili.execute(RelationRoutes.CREATE_TAG.request().form("tag", SEVENTEEN).build()),
                TagNameTooLongException.class, 22103);
        expectCode(bili.execute(RelationRoutes.RENAME_TAG.request().form("tagid", World.TAG_GAMES)
                .form("name", SEVENTEEN).build()), TagNameTooLongException.class, 22103);
    }

    @Test
    void aCreateWhoseAnswerIsLostIsOutcomeUnknownAndSentOnce() {
        emu.faults().onlyPaths(CREATE).failNext(1, Fault.RESET_AFTER_HANDLER);

        StepVerifier.create(rel.createTag("新组")).expectError(OutcomeUnknownException.class).verify(T);

        assertThat(count(CREATE)).isEqualTo(1);
        assertThat(world.tags(ME)).containsValue("新组");
    }

    @Test
    void renameTagR17() {
        rel.renameTag(World.TAG_GAMES, "膜法师").block(T);

        assertThat(world.tags(ME)).containsEntry(World.TAG_GAMES, "膜法师");
        assertThat(only("/x/relation/tag/update").form()).containsEntry("tagid", String.valueOf(World.TAG_GAMES))
                .containsEntry("name", "膜法师");
    }

    @Test
    void renameTagR17Refusals() {
        expectCode(rel.renameTag(987_654L, "x"), TagNotFoundException.class, 22104);
        expectCode(rel.renameTag(World.TAG_GAMES, "老友"), TagExistsException.class, 22106);
    }

    @Test
    void deleteTagR18KeepsTheMembersFollowed() {
        long member = world.followings(ME).stream().filter(f -> world.tagsOf(ME, f).contains(World.TAG_GAMES))
                .findFirst().orElseThrow();

        rel.deleteTag(World.TAG_GAMES).block(T);

        assertThat(world.tags(ME)).doesNotContainKey(World.TAG_GAMES);
        assertThat(world.follows(ME, member)).isTrue();
        assertThat(world.tagsOf(ME, member)).doesNotContain(World.TAG_GAMES);
        expectCode(rel.deleteTag(World.TAG_GAMES), TagNotFoundException.class, 22104);
    }

    @Test
    void addToTagsR19AndBackToTheDefaultGroupWithZero() {
        long f = world.followings(ME).stream().filter(x -> world.tagsOf(ME, x).isEmpty()).findFirst().orElseThrow();

        rel.addToTags(List.of(f), List.of(RelationTag.SPECIAL, World.TAG_GAMES)).block(T);
        assertThat(world.tagsOf(ME, f)).containsExactlyInAnyOrder(RelationTag.SPECIAL, World.TAG_GAMES);
        assertThat(rel.specialFollowings().block(T)).contains(f);

        rel.addToTags(List.of(f), List.of(RelationTag.DEFAULT)).block(T);
        assertThat(world.tagsOf(ME, f)).isEmpty();
        assertThat(world.follows(ME, f)).isTrue();

        assertThat(journal().entries("/x/relation/tags/addUsers")).extracting(e -> e.form().get("tagids"))
                .containsExactly("-10," + World.TAG_GAMES, "0");
    }

    @Test
    void addToTagsR19Refusals() {
        expectCode(rel.addToTags(List.of(STRANGER), List.of(World.TAG_GAMES)), NotFollowingException.class, 22105);
        expectCode(rel.addToTags(List.of(followed(0)), List.of(987_654L)), TagNotFoundException.class, 22104);
    }

    @Test
    void copyToTagsR20KeepsTheOtherGroups() {
        long a = World.FRIEND_MID;
        long b = followed(5);
        List<Long> bBefore = world.tagsOf(ME, b);

        app(ME).copyToTags(List.of(a, b), List.of(World.TAG_CLASSMATES)).block(T);

        assertThat(world.tagsOf(ME, a)).contains(World.TAG_CLASSMATES, World.TAG_OLD_FRIENDS, RelationTag.SPECIAL);
        assertThat(world.tagsOf(ME, b)).contains(World.TAG_CLASSMATES).containsAll(bBefore);
        assertThat(only("/x/relation/tags/copyUsers").form()).containsEntry("fids", a + "," + b)
                .containsEntry("tagids", String.valueOf(World.TAG_CLASSMATES)).containsKey("sign");
        expectCode(rel.copyToTags(List.of(STRANGER), List.of(World.TAG_GAMES)), NotFollowingException.class, 22105);
        expectCode(rel.copyToTags(List.of(a), List.of(987_654L)), TagNotFoundException.class, 22104);
    }

    @Test
    void moveBetweenTagsR21() {
        long f = World.FRIEND_MID;

        rel.moveBetweenTags(List.of(World.TAG_OLD_FRIENDS), List.of(World.TAG_UPS, World.TAG_GAMES), List.of(f)).block(T);

        assertThat(world.tagsOf(ME, f)).doesNotContain(World.TAG_OLD_FRIENDS)
                .contains(World.TAG_UPS, World.TAG_GAMES, RelationTag.SPECIAL);
        assertThat(only("/x/relation/tags/moveUsers").form())
                .containsEntry("beforeTagids", String.valueOf(World.TAG_OLD_FRIENDS))
                .containsEntry("afterTagids", World.TAG_UPS + "," + World.TAG_GAMES)
                .containsEntry("fids", String.valueOf(f));
        expectCode(rel.moveBetweenTags(List.of(World.TAG_UPS), List.of(World.TAG_GAMES), List.of(STRANGER)),
                NotFollowingException.class, 22105);
        expectCode(rel.moveBetweenTags(List.of(987_654L), List.of(World.TAG_GAMES), List.of(f)),
                TagNotFoundException.class, 22104);
    }

    @Test
    void badArgumentsThrowAtTheCallAndSendNothing() {
        List<Long> withNull = new ArrayList<>(Arrays.asList(1L, null));

        assertInvalid("name", () -> rel.createTag(""));
        assertInvalid("name", () -> rel.createTag("   "));
        assertInvalid("name", () -> rel.createTag(SEVENTEEN));
        assertThatThrownBy(() -> rel.createTag(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertInvalid("tagId", () -> rel.renameTag(0, "a"));
        assertInvalid("tagId", () -> rel.renameTag(RelationTag.SPECIAL, "a"));
        assertInvalid("name", () -> rel.renameTag(World.TAG_GAMES, SEVENTEEN));
        assertInvalid("name", () -> rel.renameTag(World.TAG_GAMES, ""));
        assertInvalid("tagId", () -> rel.deleteTag(0));
        assertInvalid("tagId", () -> rel.deleteTag(-10));
        assertInvalid("fids", () -> rel.addToTags(List.of(), List.of(1L)));
        assertInvalid("fids", () -> rel.addToTags(List.of(0L), List.of(1L)));
        assertInvalid("fids", () -> rel.addToTags(withNull, List.of(1L)));
        assertInvalid("tagIds", () -> rel.addToTags(List.of(1L), List.of()));
        assertInvalid("tagIds", () -> rel.addToTags(List.of(1L), List.of(-5L)));
        assertInvalid("tagIds", () -> rel.copyToTags(List.of(1L), List.of(-11L)));
        assertInvalid("fids", () -> rel.copyToTags(List.of(), List.of(1L)));
        assertInvalid("fromTagIds", () -> rel.moveBetweenTags(List.of(), List.of(1L), List.of(1L)));
        assertInvalid("toTagIds", () -> rel.moveBetweenTags(List.of(1L), List.of(-3L), List.of(1L)));
        assertInvalid("fids", () -> rel.moveBetweenTags(List.of(1L), List.of(2L), List.of(-1L)));
        assertThatThrownBy(() -> rel.addToTags(List.of(1L), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("tagIds");

        assertThat(journal().entries()).isEmpty();
    }
}
