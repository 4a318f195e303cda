package io.github.biliflux.relation;

import static io.github.biliflux.relation.RelationListsTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BadRequestException;
import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.CsrfException;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.testkit.CapMode;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** R7 and R8: every action, every documented refusal, argument checks, and never sending twice. */
class RelationModifyTest extends EmulatorTestBase {

    private static final Duration T = Duration.ofSeconds(10);
    private static final String MODIFY = "/x/relation/modify";
    private static final String BATCH = "/x/relation/batch/modify";
    private static final long STRANGER = 700_000_005L;

    @Test
    void followSendsFidAct1AndSpaceSourceWithCsrf() {
        assertThat(world.follows(ME, STRANGER)).isFalse();

        StepVerifier.create(rel.follow(STRANGER)).verifyComplete();

        assertThat(world.follows(ME, STRANGER)).isTrue();
        Journal.Entry e = only(MODIFY);
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.form()).containsEntry("fid", String.valueOf(STRANGER)).containsEntry("act", "1")
                .containsEntry("re_src", "11").containsEntry("csrf", world.session(ME).biliJct());
        assertThat(e.mutated()).isTrue();
    }

    @Test
    void unfollowBlockUnblockRemoveFanAndUnwhisperChangeTheWorld() {
        rel.unfollow(14082L).block(T);
        assertThat(world.follows(ME, 14082L)).isFalse();

        rel.block(STRANGER).block(T);
        assertThat(world.blacks(ME)).contains(STRANGER);
        assertThat(world.attribute(ME, STRANGER)).isEqualTo(128);
        rel.unblock(STRANGER).block(T);
        assertThat(world.blacks(ME)).doesNotContain(STRANGER);

        long fan = world.followers(ME).get(0);
        rel.removeFan(fan).block(T);
        assertThat(world.follows(fan, ME)).isFalse();

        rel.unwhisper(178429408L).block(T);
        assertThat(world.whispers(ME)).doesNotContain(178429408L);

        assertThat(journal().entries(MODIFY)).extracting(e -> e.form().get("act"))
                .containsExactly("2", "5", "6", "7", "4");
    }

    @Test
    void modifySendsTheGivenSource() {
        rel.modify(STRANGER, RelationAction.FOLLOW, RelationSource.ARTICLE).block(T);
        rel.modify(STRANGER, RelationAction.UNFOLLOW, RelationSource.ACTIVITY).block(T);
        rel.modify(STRANGER, RelationAction.FOLLOW, RelationSource.VIDEO).block(T);

        assertThat(journal().entries(MODIFY)).extracting(e -> e.form().get("re_src")).containsExactly("115", "222", "14");
    }

    @Test
    void whisperWorksAsTheSpecSaysButTheLiveServiceRefusesIt() {
        world.capMode(CapMode.SPEC);
        rel.modify(STRANGER, RelationAction.WHISPER, RelationSource.SPACE).block(T);
        assertThat(world.whispers(ME)).contains(STRANGER);

        world.capMode(CapMode.LIVE);
        StepVerifier.create(rel.modify(STRANGER + 1, RelationAction.WHISPER, RelationSource.SPACE))
                .expectErrorSatisfies(e -> assertThat(((BiliApiException) e).code()).isEqualTo(-400))
                .verify(T);
        assertThat(world.whispers(ME)).doesNotContain(STRANGER + 1);
    }

    @Test
    void actingOnOneselfIsSelfRelationException22001WhenTheClientCannotKnowTheMid() {
        for (RelationClient blind : List.of(app(ME), cookieWithoutMid(ME))) {
            StepVerifier.create(blind.follow(ME))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(SelfRelationException.class)
                            .extracting(x -> ((SelfRelationException) x).code()).isEqualTo(22001))
                    .verify(T);
        }
        assertThat(count(MODIFY)).isEqualTo(2);
    }

    @Test
    void actingOnOneselfIsRefusedBeforeSendingWhenTheCookieNamesTheMid() {
        assertInvalid("fid", () -> rel.follow(ME));
        assertInvalid("fid", () -> rel.modify(ME, RelationAction.BLOCK, RelationSource.SPACE));
        assertInvalid("fids", () -> rel.batchModify(List.of(STRANGER, ME), RelationAction.FOLLOW, RelationSource.SPACE));

        assertThat(journal().entries()).isEmpty();
    }

    @Test
    void followingSomeoneWhoBlockedYouOrWhomYouBlockedIsUserBlocked22003() {
        StepVerifier.create(rel.follow(World.BLOCKER_MID))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UserBlockedException.class)
                        .extracting(x -> ((UserBlockedException) x).code()).isEqualTo(22003))
                .verify(T);
        StepVerifier.create(rel.follow(world.blacks(ME).get(0))).expectError(UserBlockedException.class).verify(T);
        assertThat(world.follows(ME, World.BLOCKER_MID)).isFalse();
    }

    @Test
    void aStaleCsrfTokenIsCsrfException() {
        World.Session s = world.session(ME);
        RelationClient stale = client(Credentials.cookie(s.sessdata(), "not-the-token", ME));

        StepVerifier.create(stale.follow(STRANGER)).expectError(CsrfException.class).verify(T);
        assertThat(world.follows(ME, STRANGER)).isFalse();
    }

    @Test
    void appLoginFollowsWithASignedFormAndNoCsrf() {
        StepVerifier.create(app(ME).follow(STRANGER)).verifyComplete();

        assertThat(world.follows(ME, STRANGER)).isTrue();
        Journal.Entry e = only(MODIFY);
        assertThat(e.form()).containsKeys("access_key", "appkey", "ts", "sign").doesNotContainKey("csrf");
        assertThat(e.callerMid()).isEqualTo(ME);
    }

    @Test
    void batchFollowReportsTheFailedFids() {
        long a = STRANGER;
        long b = STRANGER + 1;

        BatchModifyResult r = rel.batchModify(List.of(a, World.BLOCKER_MID, b), RelationAction.FOLLOW, RelationSource.SPACE)
                .block(T);

        assertThat(r.failedFids()).containsExactly(World.BLOCKER_MID);
        assertThat(r.allSucceeded()).isFalse();
        assertThat(world.follows(ME, a)).isTrue();
        assertThat(world.follows(ME, b)).isTrue();
        assertThat(only(BATCH).form()).containsEntry("fids", a + "," + World.BLOCKER_MID + "," + b)
                .containsEntry("act", "1").containsEntry("re_src", "11").containsKey("csrf");
    }

    @Test
    void batchBlockOfFiftyInAppMode() {
        List<Long> fids = LongStream.range(0, 50).map(i -> 800_000_000L + i).boxed().toList();

        BatchModifyResult r = app(ME).batchModify(fids, RelationAction.BLOCK, RelationSource.VIDEO).block(T);

        assertThat(r.allSucceeded()).isTrue();
        assertThat(world.blacks(ME)).containsAll(fids);
        assertThat(only(BATCH).form()).containsEntry("act", "5").containsEntry("re_src", "14").containsKey("sign");
    }

    @Test
    void batchOfOneselfInAppModeFailsForThatFidOnly() {
        BatchModifyResult r = app(ME).batchModify(List.of(ME, STRANGER), RelationAction.FOLLOW, RelationSource.SPACE)
                .block(T);

        assertThat(r.failedFids()).containsExactly(ME);
        assertThat(world.follows(ME, STRANGER)).isTrue();
    }

    @Test
    void aFollowWhoseAnswerIsLostIsOutcomeUnknownAndSentOnce() {
        emu.faults().onlyPaths(MODIFY).failNext(1, Fault.RESET_AFTER_HANDLER);

        StepVerifier.create(rel.follow(STRANGER)).expectError(OutcomeUnknownException.class).verify(T);

        assertThat(count(MODIFY)).isEqualTo(1);
        assertThat(world.follows(ME, STRANGER)).isTrue(); // it was applied: re-sending would have been wrong
    }

    @Test
    void aBatchWhoseAnswerIsCutIsOutcomeUnknownAndSentOnce() {
        emu.faults().onlyPaths(BATCH).failNext(1, Fault.TRUNCATED_BODY);

        StepVerifier.create(rel.batchModify(List.of(STRANGER), RelationAction.BLOCK, RelationSource.SPACE))
                .expectError(OutcomeUnknownException.class).verify(T);

        assertThat(count(BATCH)).isEqualTo(1);
        assertThat(world.blacks(ME)).contains(STRANGER);
    }

    @Test
    void aMutationIsNotRetriedOnAServerErrorEither() {
        emu.faults().onlyPaths(MODIFY).failNext(1, Fault.HTTP_5XX);

        StepVerifier.create(rel.unfollow(14082L)).expectError(OutcomeUnknownException.class).verify(T);

        assertThat(count(MODIFY)).isEqualTo(1);
    }

    @Test
    void mutationsAreLazyAndEachSubscriptionSendsOnce() {
        var follow = rel.follow(STRANGER);
        assertThat(journal().entries()).isEmpty();

        follow.block(T);
        follow.block(T);

        assertThat(count(MODIFY)).isEqualTo(2);
    }

    @Test
    void badArgumentsThrowAtTheCallAndSendNothing() {
        List<Long> fiftyOne = LongStream.range(0, 51).map(i -> 800_000_000L + i).boxed().toList();
        List<Long> withNull = new ArrayList<>(Arrays.asList(STRANGER, null));

        assertInvalid("fid", () -> rel.follow(0));
        assertInvalid("fid", () -> rel.unfollow(-3));
        assertInvalid("fid", () -> rel.modify(0, RelationAction.FOLLOW, RelationSource.SPACE));
        assertThatThrownBy(() -> rel.modify(STRANGER, null, RelationSource.SPACE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("action");
        assertThatThrownBy(() -> rel.modify(STRANGER, RelationAction.FOLLOW, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("source");
        assertInvalid("fids", () -> rel.batchModify(List.of(), RelationAction.FOLLOW, RelationSource.SPACE));
        assertInvalid("fids", () -> rel.batchModify(fiftyOne, RelationAction.FOLLOW, RelationSource.SPACE));
        assertInvalid("fids", () -> rel.batchModify(List.of(STRANGER, 0L), RelationAction.FOLLOW, RelationSource.SPACE));
        assertInvalid("fids", () -> rel.batchModify(withNull, RelationAction.FOLLOW, RelationSource.SPACE));
        for (RelationAction a : RelationAction.values()) {
            if (a != RelationAction.FOLLOW && a != RelationAction.BLOCK) {
                assertInvalid("action", () -> rel.batchModify(List.of(STRANGER), a, RelationSource.SPACE));
            }
        }
        assertThatThrownBy(() -> rel.batchModify(null, RelationAction.FOLLOW, RelationSource.SPACE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("fids");

        assertThat(journal().entries()).isEmpty();
    }

    @Test
    void actAndSourceCodesAreTheDocumentedOnes() {
        assertThat(Arrays.stream(RelationAction.values()).mapToInt(RelationAction::code)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(Arrays.stream(RelationSource.values()).mapToInt(RelationSource::code)).containsExactly(11, 14, 115, 222);
        assertThat(Arrays.stream(RelationAction.values()).filter(RelationAction::batchable))
                .containsExactly(RelationAction.FOLLOW, RelationAction.BLOCK);
    }

    @Test
    void whisperIsRefusedWithBadRequestInLiveMode() {
        StepVerifier.create(rel.modify(STRANGER, RelationAction.WHISPER, RelationSource.SPACE))
                .expectError(BadRequestException.class).verify(T);
    }
}
