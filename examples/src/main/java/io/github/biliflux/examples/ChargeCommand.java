package io.github.biliflux.examples;

import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.wallet.ChargeResult;
import io.github.biliflux.wallet.ChargeTarget;
import io.github.biliflux.wallet.UnknownChargeStatusException;
import io.github.biliflux.wallet.WalletClient;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import reactor.core.Exceptions;

/**
 * W1: charge B-coins. The amount and ids are read as {@code long} and range-checked before anything
 * is sent (never narrowed); without {@code --yes} nothing is sent. Every outcome is printed with a
 * {@code status} ({@code charged}, {@code below_minimum}, {@code insufficient_balance}, {@code unknown})
 * and has its own exit code.
 */
@Command(name = "charge", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
        description = {"W1: charge B-coins to an uploader's space (or one of their videos). Spends nothing without --yes.",
            "Prints status charged (exit 0), below_minimum (5), insufficient_balance (6) or unknown (4: the answer was lost;"
                + " B-coins may have been spent; nothing was re-sent)."})
final class ChargeCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "UP_MID", description = "the uploader to charge (a mid >= 1)")
    long upMid;

    @Parameters(index = "1", paramLabel = "BP", description = "B-coins to spend, " + WalletClient.MIN_BP + ".." + WalletClient.MAX_BP)
    long bp;

    @Option(names = "--video", paramLabel = "AVID", description = "charge from this video of the uploader (its avid) instead of the space")
    Long avid;

    @Option(names = {"-y", "--yes"}, description = "really spend the B-coins")
    boolean yes;

    private ChargeTarget target;

    @Override
    void check() {
        id("UP_MID", upMid);
        if (bp < WalletClient.MIN_BP || bp > WalletClient.MAX_BP) {
            throw new IllegalArgumentException("BP must be in " + WalletClient.MIN_BP + ".." + WalletClient.MAX_BP + " B-coins, was " + bp);
        }
        target = avid == null ? ChargeTarget.space(upMid) : ChargeTarget.video(upMid, id("--video", avid));
    }

    @Override
    int run(Ctx c) {
        int amount = Math.toIntExact(bp); // in range: check() ran
        if (!yes) {
            c.progress.note("charge not sent: it spends " + amount + " B-coins of yours; run it again with --yes to confirm");
            return Cli.REFUSED;
        }
        ChargeResult result;
        try {
            result = c.wallet().charge(target, amount).block();
        } catch (RuntimeException e) {
            Throwable cause = Exceptions.unwrap(e);
            if (cause instanceof OutcomeUnknownException || cause instanceof UnknownChargeStatusException) {
                c.single(row("unknown", "", 0, cause instanceof UnknownChargeStatusException u ? u.serverMessage() : ""), View.PLAIN);
                c.progress.note("charge outcome unknown: " + (cause instanceof OutcomeUnknownException
                        ? "the answer was lost after the request may have reached the server"
                        : "the service answered with a status biliflux does not know")
                        + ", so " + amount + " B-coins may have been spent. It was NOT sent again. "
                        + "Check your balance or coin log ('biliflux coins') before charging again.");
                if (options.debug) {
                    cause.printStackTrace(c.err());
                }
                return Cli.OUTCOME_UNKNOWN;
            }
            if (cause instanceof BiliApiException) {
                c.progress.note("nothing was charged: the service refused the request");
            }
            throw e;
        }
        if (result instanceof ChargeResult.Charged ch) {
            c.single(row("charged", ch.orderNo(), ch.exp(), ch.msg()), View.PLAIN);
            return Cli.OK;
        }
        if (result instanceof ChargeResult.BelowMinimum b) {
            c.single(row("below_minimum", "", 0, b.msg()), View.PLAIN);
            c.progress.note("nothing was charged: " + amount + " B-coins is below the service's minimum");
            return Cli.BELOW_MINIMUM;
        }
        ChargeResult.InsufficientBalance i = (ChargeResult.InsufficientBalance) result;
        c.single(row("insufficient_balance", "", 0, i.msg()), View.PLAIN);
        c.progress.note("nothing was charged: your B-coin balance is below " + amount);
        return Cli.INSUFFICIENT_BALANCE;
    }

    private Map<String, Object> row(String status, String orderNo, long exp, String message) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("status", status);
        row.put("up_mid", upMid);
        row.put("target", target.kind() == ChargeTarget.Kind.VIDEO ? "video" : "space");
        row.put("oid", target.oid());
        row.put("bp", bp);
        row.put("order_no", orderNo);
        row.put("exp", exp);
        row.put("message", message);
        return row;
    }
}
