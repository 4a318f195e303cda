package io.github.biliflux.reliability;

import static io.github.biliflux.reliability.Fixture.ME;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import io.github.biliflux.wallet.ChargeResult;
import io.github.biliflux.wallet.ChargeTarget;
import io.github.biliflux.wallet.WalletClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Money is never charged twice and never lost track of: 1,000 W1 charges, one in five of which has its
 * connection dropped after the emulator applied it.
 */
class MoneyTest {

    private static final String CHARGE = "/x/ugcpay/web/v2/trade/elec/pay/quick";
    private static final int CHARGES = 1_000;
    /** Each call charges its own uploader, so a journal entry tells which call it belongs to. */
    private static final long UP_BASE = 10_000;

    /** What one call reported: a charge, or an unknown outcome. */
    private record Outcome(int call, int bp, ChargeResult result, Throwable error) {
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aThousandChargesWithOneInFiveAnswersLostAreEachAppliedOnceAndAccountedFor() {
        try (Fixture fx = new Fixture(World.demo())) {
            BigDecimal before = new BigDecimal("100000");
            fx.world.setBalance(ME, before);
            fx.emu.faults().seed(1_000).onlyPaths(CHARGE).resetAfterHandler(0.2);
            WalletClient wallet = WalletClient.of(fx.cookie(ME));

            long start = System.nanoTime();
            List<Outcome> outcomes = Flux.range(0, CHARGES)
                    .flatMap(i -> {
                        int bp = 2 + i % 9;
                        return wallet.charge(ChargeTarget.space(UP_BASE + i), bp)
                                .map(r -> new Outcome(i, bp, r, null))
                                .onErrorResume(e -> Mono.just(new Outcome(i, bp, null, e)));
                    }, 8)
                    .collectList().block(Duration.ofSeconds(80));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(outcomes).hasSize(CHARGES);
            List<Outcome> charged = outcomes.stream().filter(o -> o.result() != null).toList();
            List<Outcome> unknown = outcomes.stream().filter(o -> o.error() != null).toList();
            assertThat(charged).allSatisfy(o -> assertThat(o.result()).isInstanceOf(ChargeResult.Charged.class));
            assertThat(unknown).allSatisfy(o -> assertThat(o.error()).isInstanceOf(OutcomeUnknownException.class)
                    .hasMessageContaining("W1").hasMessageContaining("not re-sent"));

            // The journal: exactly one request per call, each applied; none re-sent.
            List<Journal.Entry> sent = fx.journal().entries(CHARGE);
            assertThat(sent).hasSize(CHARGES).allSatisfy(e -> {
                assertThat(e.handlerRan()).isTrue();
                assertThat(e.mutated()).isTrue();
            });
            Map<Long, Journal.Entry> byCall = sent.stream()
                    .collect(Collectors.toMap(e -> Long.parseLong(e.form().get("up_mid")) - UP_BASE, Function.identity()));
            assertThat(byCall).hasSize(CHARGES);
            // Exactly the dropped answers surfaced as OutcomeUnknownException, and nothing else did.
            assertThat(unknown).extracting(o -> (long) o.call()).containsExactlyInAnyOrderElementsOf(
                    byCall.entrySet().stream().filter(e -> e.getValue().fault() == Fault.RESET_AFTER_HANDLER)
                            .map(Map.Entry::getKey).toList());
            assertThat(charged).allSatisfy(o -> {
                Journal.Entry e = byCall.get((long) o.call());
                assertThat(e.fault()).isNull();
                assertThat(e.form()).containsEntry("bp_num", String.valueOf(o.bp()));
                ChargeResult.Charged c = (ChargeResult.Charged) o.result();
                assertThat(c.bpNum()).isEqualByComparingTo(BigDecimal.valueOf(o.bp()));
                assertThat(c.upMid()).isEqualTo(UP_BASE + o.call());
            });

            // The money: reported charges plus the dropped-but-applied ones are exactly the debit.
            BigDecimal reported = charged.stream().map(o -> ((ChargeResult.Charged) o.result()).bpNum())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal droppedButApplied = unknown.stream().map(o -> BigDecimal.valueOf(o.bp()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal debit = before.subtract(fx.world.balance(ME));
            assertThat(reported.add(droppedButApplied)).isEqualByComparingTo(debit);
            assertThat(fx.world.orders(ME)).hasSize(CHARGES);
            assertThat(charged).extracting(o -> ((ChargeResult.Charged) o.result()).orderNo()).doesNotHaveDuplicates()
                    .allSatisfy(no -> assertThat(fx.world.orders(ME)).containsKey(no));
            assertThat(unknown.size()).as("about one in five dropped").isBetween(150, 250);

            Figures.put("money.charges", CHARGES);
            Figures.put("money.charged_reported", charged.size());
            Figures.put("money.outcome_unknown", unknown.size());
            Figures.put("money.journal_requests", sent.size());
            Figures.put("money.reported_bp", reported.toPlainString());
            Figures.put("money.dropped_but_applied_bp", droppedButApplied.toPlainString());
            Figures.put("money.debit_bp", debit.toPlainString());
            Figures.put("money.millis", millis);
        }
    }
}
