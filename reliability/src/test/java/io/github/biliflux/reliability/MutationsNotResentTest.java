package io.github.biliflux.reliability;

import static io.github.biliflux.reliability.Fixture.ME;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.account.AccountClient;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.relation.RelationAction;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationSource;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import io.github.biliflux.wallet.ChargeResult;
import io.github.biliflux.wallet.ChargeTarget;
import io.github.biliflux.wallet.WalletClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.test.StepVerifier;

/**
 * Every mutation route, in every login it accepts, meets each way its answer can be lost once the
 * request left the client: exactly one request reaches the emulator and the caller gets
 * {@link OutcomeUnknownException}. A reset before the handler ran is reported the same way: the
 * client cannot tell it from a reset after.
 */
class MutationsNotResentTest {

    private static final List<Fault> LOST = List.of(Fault.RESET_BEFORE_HANDLER, Fault.RESET_AFTER_HANDLER,
            Fault.TRUNCATED_BODY, Fault.MALFORMED_JSON, Fault.HTTP_5XX);
    /** The faults after which the emulator's handler has run (and committed its change). */
    private static final Set<Fault> HANDLER_RAN = Set.of(Fault.RESET_AFTER_HANDLER, Fault.TRUNCATED_BODY, Fault.MALFORMED_JSON);
    private static final long NEW_FRIEND = 5_000_001L;
    private static final long UP = 14082L;
    private static final AtomicInteger CASES = new AtomicInteger();

    /** One mutation: its route, path, whether app logins may use it, and the call. */
    private record Mutation(String id, String path, boolean appToo, Function<BiliClient, Publisher<?>> call) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("R7 modify", "/x/relation/modify", true, b -> RelationClient.of(b).follow(NEW_FRIEND)),
            new Mutation("R8 batchModify", "/x/relation/batch/modify", true,
                    b -> RelationClient.of(b).batchModify(List.of(NEW_FRIEND, NEW_FRIEND + 1), RelationAction.FOLLOW, RelationSource.SPACE)),
            new Mutation("R16 createTag", "/x/relation/tag/create", true, b -> RelationClient.of(b).createTag("新分组")),
            new Mutation("R17 renameTag", "/x/relation/tag/update", true, b -> RelationClient.of(b).renameTag(World.TAG_GAMES, "改名")),
            new Mutation("R18 deleteTag", "/x/relation/tag/del", true, b -> RelationClient.of(b).deleteTag(World.TAG_GAMES)),
            new Mutation("R19 addToTags", "/x/relation/tags/addUsers", true,
                    b -> RelationClient.of(b).addToTags(List.of(World.FRIEND_MID), List.of(World.TAG_CLASSMATES))),
            new Mutation("R20 copyToTags", "/x/relation/tags/copyUsers", true,
                    b -> RelationClient.of(b).copyToTags(List.of(World.FRIEND_MID), List.of(World.TAG_CLASSMATES))),
            new Mutation("R21 moveBetweenTags", "/x/relation/tags/moveUsers", true,
                    b -> RelationClient.of(b).moveBetweenTags(List.of(World.TAG_OLD_FRIENDS), List.of(World.TAG_CLASSMATES),
                            List.of(World.FRIEND_MID))),
            new Mutation("A9 updateSign", "/x/member/web/sign/update", true, b -> AccountClient.of(b).updateSign("今天也要加油")),
            new Mutation("W1 charge", "/x/ugcpay/web/v2/trade/elec/pay/quick", false,
                    b -> WalletClient.of(b).charge(ChargeTarget.space(UP), 4)),
            new Mutation("W1 charge message", "/x/ugcpay/trade/elec/message", false, b -> {
                // The order is made first, without faults on this path; only the message meets the fault.
                ChargeResult.Charged c = (ChargeResult.Charged) WalletClient.of(b).charge(ChargeTarget.space(UP), 4)
                        .block(Duration.ofSeconds(5));
                return WalletClient.of(b).leaveChargeMessage(c.orderNo(), "谢谢");
            }));

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Mutation m : MUTATIONS) {
            for (String login : m.appToo() ? List.of("cookie", "app") : List.of("cookie")) {
                for (Fault f : LOST) {
                    out.add(Arguments.of(m, login, f));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({1}) with {2}")
    @MethodSource("cases")
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void aLostAnswerIsReportedAsUnknownAndNeverResent(Mutation m, String login, Fault fault) {
        try (Fixture fx = new Fixture(World.demo())) {
            BiliClient bili = login.equals("app") ? fx.app(ME) : fx.cookie(ME);
            fx.emu.faults().onlyPaths(m.path()).failNext(1, fault);

            StepVerifier.create(m.call().apply(bili))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(OutcomeUnknownException.class)
                            .hasMessageContaining(m.id().substring(0, m.id().indexOf(' '))).hasMessageContaining("not re-sent"))
                    .verify(Duration.ofSeconds(10));

            List<Journal.Entry> sent = fx.journal().entries(m.path());
            assertThat(sent).as("requests to " + m.path()).singleElement().satisfies(e -> {
                assertThat(e.fault()).isEqualTo(fault);
                assertThat(e.handlerRan()).isEqualTo(HANDLER_RAN.contains(fault));
                assertThat(e.mutated()).as("the change was committed").isEqualTo(HANDLER_RAN.contains(fault));
            });
            CASES.incrementAndGet();
        }
    }

    @AfterAll
    static void figures() {
        Figures.put("mutations.cases_checked", CASES.get() + " (" + MUTATIONS.size() + " routes x logins x " + LOST.size() + " faults)");
    }
}
