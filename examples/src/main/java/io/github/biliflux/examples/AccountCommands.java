package io.github.biliflux.examples;

import io.github.biliflux.account.AccountClient;
import io.github.biliflux.core.MissingCredentialsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import reactor.core.publisher.Mono;

/** The account commands (A1-A9). */
final class AccountCommands {

    private AccountCommands() {
    }

    /** A1, A2, A4-A7 in one summary. */
    @Command(name = "account", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
            description = "A1-A7: profile, exp rewards, VIP, security and real name in one summary (--format ndjson: every field)")
    static final class Account extends ApiCommand {
        @Override
        int run(Ctx c) {
            AccountClient a = c.account();
            Map<String, Object> summary = new LinkedHashMap<>();
            List<Map.Entry<String, Mono<?>>> parts = List.of(
                    Map.entry("account", a.account()),
                    Map.entry("exp_reward", a.expReward()),
                    Map.entry("vip", a.vipInfo()),
                    Map.entry("security", a.securityInfo()),
                    Map.entry("real_name", a.realNameStatus()),
                    Map.entry("real_name_detail", a.realNameDetail()));
            for (Map.Entry<String, Mono<?>> p : parts) {
                // an app login cannot read the cookie-only parts: say so in the summary instead of failing it
                Optional<?> v = p.getValue().map(x -> (Object) x)
                        .onErrorResume(MissingCredentialsException.class, e -> Mono.just(Map.of("unavailable", "needs a cookie login")))
                        .blockOptional();
                v.ifPresent(x -> summary.put(p.getKey(), x));
            }
            c.single(summary, View.ACCOUNT);
            return Cli.OK;
        }
    }

    /** A8, or today's coin exp. */
    @Command(name = "coins", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
            description = "A8: the coin log of the last week (--today: today's coin exp)")
    static final class Coins extends ApiCommand {
        @Option(names = "--today", description = "today's coin exp instead of the log")
        boolean today;
        // declared here, not inherited from ListCommand, so that --today stays first in the help
        @Mixin
        ListOptions list = new ListOptions();

        @Override
        void check() {
            list.limit();
        }

        @Override
        int run(Ctx c) {
            if (today) {
                return c.single(c.account().coinExpToday().map(n -> Map.of("coin_exp_today", n)), View.PLAIN);
            }
            return c.list(c.account().coinLog(), View.COIN_LOG, list);
        }
    }

    /** A9. */
    @Command(name = "sign", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
            description = "A9: set your sign (\"\" clears it; at most 70 characters; shown after review)")
    static final class Sign extends ApiCommand {
        @Parameters(index = "0", paramLabel = "TEXT", description = "the new sign, \"\" to clear it")
        String text;

        @Override
        int run(Ctx c) {
            return act(c, c.account().updateSign(text), Map.of("status", text.isEmpty() ? "cleared" : "updated"));
        }
    }
}
