package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.testkit.CapMode;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.World;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** W1 from the command line: never a wrong amount, an explicit status and a distinct exit code for every outcome. */
class ChargeCliTest extends CliTestBase {

    static final String UP = String.valueOf(World.FRIEND_MID);

    BigDecimal balance() {
        return emu.world().balance(World.DEMO_MID);
    }

    @Test
    void aWrappedOrHugeAmountExitsTwoAndSendsNoCharge() {
        BigDecimal before = balance();
        for (String bp : new String[] {"4294967300", "999999999999", "4294967297", "-4294967292", "10000"}) {
            Run r = run("charge", UP, bp, "--yes");
            assertThat(r.code()).as(bp).isEqualTo(Cli.USAGE);
            assertThat(r.errLines().get(0)).as(bp).contains("BP must be in 2..9999 B-coins, was " + bp);
        }
        assertThat(requests("W1")).isZero();
        assertThat(emu.journal().mutations()).isEmpty();
        assertThat(balance()).isEqualByComparingTo(before);
    }

    @Test
    void withoutYesNothingIsSent() {
        BigDecimal before = balance();
        Run r = run("charge", UP, "4");
        assertThat(r.code()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("--yes");
        assertThat(r.out()).isEmpty();
        assertThat(emu.journal().mutations()).isEmpty();
        assertThat(balance()).isEqualByComparingTo(before);
    }

    @Test
    void chargedSaysSoAndExitsZero() {
        BigDecimal before = balance();
        Run r = run("charge", "-y", UP, "4", "--format", "ndjson");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(json(r.out()).path("status").asText()).isEqualTo("charged");
        assertThat(json(r.out()).path("bp").asLong()).isEqualTo(4);
        assertThat(json(r.out()).path("order_no").asText()).isNotEmpty();
        assertThat(balance()).isEqualByComparingTo(before.subtract(BigDecimal.valueOf(4)));
        assertThat(requests("W1")).isEqualTo(1);

        Run table = run("charge", UP, "2", "--yes");
        assertThat(table.lines().get(2)).matches("status +charged");
    }

    @Test
    void insufficientBalanceHasItsOwnStatusAndExitCode() {
        BigDecimal before = balance();
        Run r = run("charge", UP, "9999", "--yes", "--format", "ndjson");
        assertThat(r.code()).isEqualTo(Cli.INSUFFICIENT_BALANCE);
        assertThat(json(r.out()).path("status").asText()).isEqualTo("insufficient_balance");
        assertThat(r.err()).contains("nothing was charged");
        assertThat(balance()).isEqualByComparingTo(before);
    }

    @Test
    void belowTheServicesMinimumHasItsOwnStatusAndExitCode() {
        emu.world().capMode(CapMode.SPEC); // the spec's minimum is 20
        Run r = run("charge", UP, "5", "--yes", "--format", "ndjson");
        assertThat(r.code()).isEqualTo(Cli.BELOW_MINIMUM);
        assertThat(json(r.out()).path("status").asText()).isEqualTo("below_minimum");
        assertThat(r.err()).contains("below the service's minimum");
    }

    @Test
    void aLostAnswerIsUnknownSaysCoinsMayBeSpentAndIsNotResent() {
        BigDecimal before = balance();
        emu.faults().onlyPaths("/x/ugcpay/").failNext(1, Fault.RESET_AFTER_HANDLER);
        Run r = run("charge", UP, "3", "--yes", "--format", "ndjson");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.OUTCOME_UNKNOWN);
        assertThat(json(r.out()).path("status").asText()).isEqualTo("unknown");
        assertThat(r.err()).contains("may have been spent").contains("NOT sent again");
        assertThat(requests("W1")).isEqualTo(1);
        assertThat(balance()).isEqualByComparingTo(before.subtract(BigDecimal.valueOf(3))); // it did reach the server
    }

    @Test
    void aVideoChargeNamesTheVideo() {
        Run r = run("charge", UP, "2", "--video", "170001", "--yes", "--format", "ndjson");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(json(r.out()).path("target").asText()).isEqualTo("video");
        assertThat(emu.journal().entries(("/x/ugcpay/web/v2/trade/elec/pay/quick")).get(0).form())
                .containsEntry("otype", "archive").containsEntry("oid", "170001");
    }
}
