package io.github.biliflux.wallet;


import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Money is never charged twice: lost answers, refusals before the handler, and 100 concurrent charges. */
class ChargeReliabilityTest extends WalletEmulatorTest {

    private static final String CHARGE = WalletClientTest.CHARGE;
    private static final long UP = WalletClientTest.UP;

    @Test
    void resetAfterTheChargeWasAppliedIsOutcomeUnknownAndNotResent() {
        fx.emu.faults().onlyPaths(CHARGE).failNext(1, Fault.RESET_AFTER_HANDLER);
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 4))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(OutcomeUnknownException.class)
                        .hasMessageContaining("W1").hasMessageContaining("not re-sent"))
                .verify();
        List<Journal.Entry> sent = fx.emu.journal().entries(CHARGE);
        assertThat(sent).singleElement().satisfies(e -> {
            assertThat(e.handlerRan()).isTrue();
            assertThat(e.mutated()).isTrue();
            assertThat(e.fault()).isEqualTo(Fault.RESET_AFTER_HANDLER);
        });
        assertThat(fx.emu.journal().mutations()).hasSize(1);
        assertThat(balance()).isEqualByComparingTo("96");
        assertThat(fx.emu.world().orders(World.DEMO_MID)).hasSize(1);
    }

    /** Every way an answer can be lost once the request left: one request, OutcomeUnknownException. */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"RESET_BEFORE_HANDLER", "RESET_AFTER_HANDLER", "TRUNCATED_BODY",
        "MALFORMED_JSON", "HTTP_5XX"})
    void aLostAnswerIsNeverResent(Fault fault) {
        fx.emu.faults().onlyPaths(CHARGE).failNext(1, fault);
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 4))
                .expectError(OutcomeUnknownException.class)
                .verify();
        assertThat(fx.emu.journal().count(CHARGE)).isOne();
        Journal.Entry e = fx.emu.journal().entries(CHARGE).get(0);
        // The balance moved exactly when the emulator's handler ran.
        assertThat(balance()).isEqualByComparingTo(e.handlerRan() ? "96" : "100");
    }

    @Test
    void aThrottlingAnswerIsNotResent() {
        fx.emu.faults().onlyPaths(CHARGE).failNext(1, Fault.CODE_412);
        StepVerifier.create(wallet.charge(ChargeTarget.space(UP), 4)).expectError(RateLimitedException.class).verify();
        assertThat(fx.emu.journal().count(CHARGE)).isOne();
        assertThat(balance()).isEqualByComparingTo("100");
    }

    @Test
    void aMessageWhoseAnswerIsLostIsNotResent() {
        ChargeResult.Charged c = (ChargeResult.Charged) wallet.charge(ChargeTarget.space(UP), 4).block();
        fx.emu.faults().onlyPaths(WalletClientTest.MESSAGE).failNext(1, Fault.RESET_AFTER_HANDLER);
        StepVerifier.create(wallet.leaveChargeMessage(c.orderNo(), "hi")).expectError(OutcomeUnknownException.class).verify();
        assertThat(fx.emu.journal().count(WalletClientTest.MESSAGE)).isOne();
        assertThat(fx.emu.world().orders(World.DEMO_MID)).containsEntry(c.orderNo(), true);
    }

    /**
     * 100 charges at once of 2..6 B-coins against a balance of 100: some are charged, the rest refused
     * for lack of B-coins, and the balance debited is exactly the sum of what was reported charged.
     */
    @Test
    void hundredConcurrentChargesKeepTheBalanceConsistent() {
        List<ChargeResult> results = Flux.range(0, 100)
                .flatMap(i -> wallet.charge(ChargeTarget.space(UP), 2 + i % 5), 100)
                .collectList()
                .block(Duration.ofSeconds(30));
        assertThat(results).hasSize(100);
        List<ChargeResult.Charged> charged = results.stream()
                .filter(ChargeResult.Charged.class::isInstance).map(ChargeResult.Charged.class::cast).toList();
        BigDecimal spent = charged.stream().map(ChargeResult.Charged::bpNum).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal("100").subtract(balance())).isEqualByComparingTo(spent);
        assertThat(balance().signum()).isGreaterThanOrEqualTo(0);
        assertThat(balance()).isLessThan(new BigDecimal("2")); // it ran out: what is left is below every amount asked
        assertThat(charged).isNotEmpty();
        assertThat(results).allMatch(r -> r instanceof ChargeResult.Charged || r instanceof ChargeResult.InsufficientBalance);
        assertThat(charged).extracting(ChargeResult.Charged::orderNo).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(fx.emu.world().orders(World.DEMO_MID).keySet());
        assertThat(fx.emu.journal().count(CHARGE)).isEqualTo(100);
        assertThat(fx.emu.journal().mutations()).hasSize(charged.size());
    }
}
