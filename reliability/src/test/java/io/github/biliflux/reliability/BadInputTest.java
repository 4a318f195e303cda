package io.github.biliflux.reliability;

import static io.github.biliflux.reliability.Fixture.ME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.account.AccountClient;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.course.CourseClient;
import io.github.biliflux.manga.CouponQuery;
import io.github.biliflux.manga.MangaAppParams;
import io.github.biliflux.manga.MangaClient;
import io.github.biliflux.relation.FollowingOrder;
import io.github.biliflux.relation.RelationAction;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationSource;
import io.github.biliflux.testkit.World;
import io.github.biliflux.wallet.ChargeTarget;
import io.github.biliflux.wallet.WalletClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input fails at the call, before any request: every public method of the five clients (and the
 * value types they take) given an invalid argument throws IllegalArgumentException, or
 * NullPointerException for null, naming the parameter; the emulator's journal stays empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private Fixture fx;
    private RelationClient rel;
    private AccountClient acc;
    private WalletClient wallet;
    private MangaClient manga;
    private CourseClient course;
    private int checked;

    @BeforeAll
    void start() {
        fx = new Fixture(World.demo());
        BiliClient bili = fx.cookie(ME);
        rel = RelationClient.of(bili);
        acc = AccountClient.of(bili);
        wallet = WalletClient.of(bili);
        manga = MangaClient.of(bili);
        course = CourseClient.of(bili);
    }

    @AfterAll
    void stop() {
        Figures.put("bad_input.cases", checked);
        fx.close();
    }

    private record Case(String name, Class<? extends RuntimeException> type, String parameter, ThrowingCallable call) {
    }

    private static Case iae(String name, String parameter, ThrowingCallable call) {
        return new Case(name, IllegalArgumentException.class, parameter, call);
    }

    private static Case npe(String name, String parameter, ThrowingCallable call) {
        return new Case(name, NullPointerException.class, parameter, call);
    }

    @SuppressWarnings("deprecation")
    private List<Case> cases() {
        List<Long> fiftyOne = LongStream.rangeClosed(1_000, 1_050).boxed().toList();
        List<Long> withNull = Arrays.asList(2L, null);
        ChargeTarget up = ChargeTarget.space(14082);
        String longSign = "签".repeat(AccountClient.MAX_SIGN_LENGTH + 1);
        return List.of(
                npe("RelationClient.of(null)", "bili", () -> RelationClient.of(null)),
                iae("followers(0)", "vmid", () -> rel.followers(0)),
                iae("followers(-1)", "vmid", () -> rel.followers(-1)),
                iae("followers(1, 0)", "pageSize", () -> rel.followers(1, 0)),
                iae("followers(1, 51)", "pageSize", () -> rel.followers(1, 51)),
                iae("followings(0)", "vmid", () -> rel.followings(0)),
                npe("followings(1, null)", "order", () -> rel.followings(1, null)),
                iae("followings(1, order, 0)", "pageSize", () -> rel.followings(1, FollowingOrder.FOLLOW_TIME, 0)),
                iae("searchFollowings(0, a)", "vmid", () -> rel.searchFollowings(0, "a")),
                npe("searchFollowings(1, null)", "name", () -> rel.searchFollowings(1, null)),
                iae("searchFollowings(1, blank)", "name", () -> rel.searchFollowings(1, "  ")),
                iae("searchFollowings(1, a, 51)", "pageSize", () -> rel.searchFollowings(1, "a", 51)),
                iae("sameFollowings(0)", "vmid", () -> rel.sameFollowings(0)),
                iae("sameFollowings(1, 0)", "pageSize", () -> rel.sameFollowings(1, 0)),
                iae("whispers(0)", "pageSize", () -> rel.whispers(0)),
                iae("blacks(51)", "pageSize", () -> rel.blacks(51)),
                iae("tagMembers(-5)", "tagId", () -> rel.tagMembers(-5)),
                npe("tagMembers(0, null)", "order", () -> rel.tagMembers(0, null)),
                iae("tagMembers(0, order, 0)", "pageSize", () -> rel.tagMembers(0, FollowingOrder.FOLLOW_TIME, 0)),
                iae("modify(0, ...)", "fid", () -> rel.modify(0, RelationAction.FOLLOW, RelationSource.SPACE)),
                npe("modify(1, null, ...)", "action", () -> rel.modify(1, null, RelationSource.SPACE)),
                npe("modify(1, FOLLOW, null)", "source", () -> rel.modify(1, RelationAction.FOLLOW, null)),
                iae("modify(self)", "fid", () -> rel.modify(ME, RelationAction.FOLLOW, RelationSource.SPACE)),
                iae("follow(0)", "fid", () -> rel.follow(0)),
                iae("unfollow(-1)", "fid", () -> rel.unfollow(-1)),
                iae("block(0)", "fid", () -> rel.block(0)),
                iae("unblock(0)", "fid", () -> rel.unblock(0)),
                iae("removeFan(0)", "fid", () -> rel.removeFan(0)),
                iae("unwhisper(0)", "fid", () -> rel.unwhisper(0)),
                iae("follow(self)", "fid", () -> rel.follow(ME)),
                npe("batchModify(null, ...)", "fids", () -> rel.batchModify(null, RelationAction.FOLLOW, RelationSource.SPACE)),
                iae("batchModify([], ...)", "fids", () -> rel.batchModify(List.of(), RelationAction.FOLLOW, RelationSource.SPACE)),
                iae("batchModify(51 fids)", "fids", () -> rel.batchModify(fiftyOne, RelationAction.FOLLOW, RelationSource.SPACE)),
                iae("batchModify([2, null])", "fids", () -> rel.batchModify(withNull, RelationAction.FOLLOW, RelationSource.SPACE)),
                iae("batchModify([0])", "fids", () -> rel.batchModify(List.of(0L), RelationAction.FOLLOW, RelationSource.SPACE)),
                iae("batchModify([self])", "fids", () -> rel.batchModify(List.of(ME), RelationAction.FOLLOW, RelationSource.SPACE)),
                iae("batchModify(UNFOLLOW)", "action", () -> rel.batchModify(List.of(2L), RelationAction.UNFOLLOW, RelationSource.SPACE)),
                npe("batchModify(null action)", "action", () -> rel.batchModify(List.of(2L), null, RelationSource.SPACE)),
                npe("batchModify(null source)", "source", () -> rel.batchModify(List.of(2L), RelationAction.FOLLOW, null)),
                iae("relation(0)", "fid", () -> rel.relation(0)),
                iae("mutualRelation(0)", "mid", () -> rel.mutualRelation(0)),
                npe("relations(null)", "fids", () -> rel.relations(null)),
                iae("relations([])", "fids", () -> rel.relations(List.of())),
                iae("relations([-3])", "fids", () -> rel.relations(List.of(-3L))),
                iae("tagsOfUser(0)", "fid", () -> rel.tagsOfUser(0)),
                npe("createTag(null)", "name", () -> rel.createTag(null)),
                iae("createTag(\"\")", "name", () -> rel.createTag("")),
                iae("createTag(blank)", "name", () -> rel.createTag("   ")),
                iae("createTag(17 chars)", "name", () -> rel.createTag("一".repeat(17))),
                iae("renameTag(0, a)", "tagId", () -> rel.renameTag(0, "a")),
                iae("renameTag(1, \"\")", "name", () -> rel.renameTag(1, "")),
                npe("renameTag(1, null)", "name", () -> rel.renameTag(1, null)),
                iae("deleteTag(0)", "tagId", () -> rel.deleteTag(0)),
                iae("addToTags([], [1])", "fids", () -> rel.addToTags(List.of(), List.of(1L))),
                iae("addToTags([2], [-5])", "tagIds", () -> rel.addToTags(List.of(2L), List.of(-5L))),
                npe("addToTags([2], null)", "tagIds", () -> rel.addToTags(List.of(2L), null)),
                iae("copyToTags([0], [1])", "fids", () -> rel.copyToTags(List.of(0L), List.of(1L))),
                iae("copyToTags([2], [])", "tagIds", () -> rel.copyToTags(List.of(2L), List.of())),
                iae("moveBetweenTags([-2], [1], [2])", "fromTagIds", () -> rel.moveBetweenTags(List.of(-2L), List.of(1L), List.of(2L))),
                iae("moveBetweenTags([1], [], [2])", "toTagIds", () -> rel.moveBetweenTags(List.of(1L), List.of(), List.of(2L))),
                iae("moveBetweenTags([1], [2], [0])", "fids", () -> rel.moveBetweenTags(List.of(1L), List.of(2L), List.of(0L))),
                npe("AccountClient.of(null)", "bili", () -> AccountClient.of(null)),
                npe("updateSign(null)", "sign", () -> acc.updateSign(null)),
                iae("updateSign(71 chars)", "sign", () -> acc.updateSign(longSign)),
                npe("WalletClient.of(null)", "bili", () -> WalletClient.of(null)),
                npe("charge(null, 2)", "target", () -> wallet.charge(null, 2)),
                iae("charge(t, 1)", "bpNum", () -> wallet.charge(up, 1)),
                iae("charge(t, 10000)", "bpNum", () -> wallet.charge(up, 10_000)),
                iae("charge(t, -5, true)", "bpNum", () -> wallet.charge(up, -5, true)),
                iae("ChargeTarget.space(0)", "upMid", () -> ChargeTarget.space(0)),
                iae("ChargeTarget.video(1, 0)", "avid", () -> ChargeTarget.video(1, 0)),
                iae("ChargeTarget space oid != upMid", "oid", () -> new ChargeTarget(ChargeTarget.Kind.SPACE, 2, 3)),
                npe("ChargeTarget(null kind)", "kind", () -> new ChargeTarget(null, 2, 2)),
                npe("leaveChargeMessage(null, m)", "orderNo", () -> wallet.leaveChargeMessage(null, "m")),
                iae("leaveChargeMessage(\"\", m)", "orderNo", () -> wallet.leaveChargeMessage("", "m")),
                iae("leaveChargeMessage(o, blank)", "message", () -> wallet.leaveChargeMessage("o", " ")),
                npe("leaveChargeMessage(o, null)", "message", () -> wallet.leaveChargeMessage("o", null)),
                iae("leaveChargeMessage(o, 501 chars)", "message", () -> wallet.leaveChargeMessage("o", "m".repeat(501))),
                npe("chargeLegacy(null, 20)", "target", () -> wallet.chargeLegacy(null, 20)),
                iae("chargeLegacy(t, 19)", "elecNum", () -> wallet.chargeLegacy(up, 19)),
                iae("chargeLegacy(t, 99991)", "elecNum", () -> wallet.chargeLegacy(up, 99_991)),
                npe("MangaClient.of(null)", "bili", () -> MangaClient.of(null)),
                npe("MangaClient.of(bili, null)", "appParams", () -> MangaClient.of(fx.cookie(ME), (MangaAppParams) null)),
                npe("coupons(null)", "query", () -> manga.coupons(null)),
                iae("boughtComics(0)", "pageSize", () -> manga.boughtComics(0)),
                iae("boughtComics(101)", "pageSize", () -> manga.boughtComics(101)),
                npe("withAppParams(null params)", "appParams", () -> manga.withAppParams((MangaAppParams) null)),
                npe("withAppParams(null map)", "overrides", () -> manga.withAppParams((Map<String, String>) null)),
                iae("withAppParams(sign)", "name", () -> manga.withAppParams(Map.of("sign", "x"))),
                iae("withAppParams(access_key)", "name", () -> manga.withAppParams(Map.of("access_key", "x"))),
                iae("CouponQuery.pageSize(0)", "pageSize", () -> CouponQuery.builder().pageSize(0)),
                iae("CouponQuery.pageSize(101)", "pageSize", () -> CouponQuery.builder().pageSize(101)),
                iae("CouponQuery.tabType(-1)", "tabType", () -> CouponQuery.builder().tabType(-1)),
                iae("CouponQuery.type(-1)", "type", () -> CouponQuery.builder().type(-1)),
                iae("MangaAppParams.with(blank)", "name", () -> MangaAppParams.defaults().with(" ", "x")),
                iae("MangaAppParams.with(ts)", "name", () -> MangaAppParams.defaults().with("ts", "1")),
                npe("MangaAppParams.of(null)", "params", () -> MangaAppParams.of(null)),
                npe("MangaAppParams.without(null)", "name", () -> MangaAppParams.defaults().without(null)),
                npe("CourseClient.of(null)", "bili", () -> CourseClient.of(null)),
                iae("paidCourses(0)", "pageSize", () -> course.paidCourses(0)),
                iae("paidCourses(51)", "pageSize", () -> course.paidCourses(51)));
    }

    @TestFactory
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    Stream<DynamicTest> everyInvalidArgumentIsRefusedAtTheCallNamingTheParameterAndNothingIsSent() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                assertThatThrownBy(c.call()).as(c.name()).isExactlyInstanceOf(c.type()).hasMessageContaining(c.parameter());
                checked++;
                assertThat(fx.journal().entries()).as("requests after " + c.name()).isEmpty();
            }));
        }
        return tests.stream();
    }
}
