package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.testkit.World;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input: exit 2, one line naming what is wrong, the usage, and nothing sent; help, version and failures. */
class CliInputTest extends CliTestBase {

    @Test
    void everyBadInputExitsTwoWithTheUsageAndSendsNothing() {
        List<List<String>> cases = List.of(
                List.of("nope", "Unmatched argument"),
                List.of("followers --limit 0", "--limit must be >= 1"),
                List.of("followers --limit -1", "--limit must be >= 1"),
                List.of("followers --limit x", "--limit"),
                List.of("followers --format xml", "must be table, ndjson or csv"),
                List.of("followers --page-size 0", "--page-size must be in"),
                List.of("followers 0", "MID must be >= 1, was 0"),
                List.of("followers -5", "MID must be >= 1, was -5"),
                List.of("followers 99999999999999999999", "is not a long"),
                List.of("followings --order sideways", "--order must be time or attention"),
                List.of("tags extra-arg", "Unmatched argument at index 1: 'extra-arg'"),
                List.of("tag-members", "Missing required parameter: 'TAG_ID'"),
                List.of("relation x", "'x' is not a long"),
                List.of("follow 0", "MID must be >= 1"),
                List.of("followers --rate 0", "--rate must be in 1..10000"),
                List.of("followers --timeout 0s", "--timeout"),
                List.of("followers --base-url ftp://x", "--base-url must be an http or https URL"),
                List.of("followers --base-url http://127.0.0.1:1", "its port in 10..65535"),
                List.of("followers --proxy nohost", "--proxy must be HOST:PORT"),
                List.of("charge 5", "Missing required parameter: 'BP'"),
                List.of("charge 0 5 --yes", "UP_MID must be >= 1"),
                List.of("charge 178429408 4294967300 --yes", "BP must be in 2..9999 B-coins, was 4294967300"),
                List.of("charge 178429408 999999999999 --yes", "BP must be in 2..9999 B-coins, was 999999999999"),
                List.of("charge 178429408 1 --yes", "BP must be in 2..9999 B-coins, was 1"),
                List.of("charge 178429408 5 --video 0 --yes", "--video must be >= 1"),
                List.of("emulator --port 70000", "--port must be in 0..65535"),
                List.of("emulator --world mars", "--world must be demo"),
                List.of("emulator --world demo --followers 3", "mutually exclusive"));
        for (List<String> c : cases) {
            Run r = run(c.get(0).split(" "));
            assertThat(r.code()).as(c.get(0) + ": " + r.err()).isEqualTo(Cli.USAGE);
            assertThat(r.errLines().get(0)).as(c.get(0)).startsWith("biliflux: ").contains(c.get(1));
            assertThat(r.err()).as(c.get(0)).contains("usage: biliflux").contains("--help").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).as(c.get(0)).isEmpty();
        }
        assertThat(journal()).isEmpty();
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Run help = run("help");
        assertThat(help.code()).isZero();
        for (String cmd : List.of("followers", "followings", "whispers", "blacks", "tags", "tag-members", "relation", "follow",
                "unfollow", "account", "coins", "sign", "charge", "coupons", "comics", "courses", "emulator")) {
            assertThat(help.out()).contains("  " + cmd + " ");
        }
        assertThat(help.out()).contains("Exit codes:");
        for (int code = 0; code <= 7; code++) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
        }
        assertThat(run().out()).isEqualTo(help.out());

        Run sub = run("followers", "--help");
        assertThat(sub.code()).isZero();
        assertThat(sub.out()).contains("--limit").contains("--columns").contains("--base-url").contains("MID");
        assertThat(run("help", "charge").out()).contains("--yes").contains("insufficient_balance");
    }

    @Test
    void versionIsTheProjectVersion() {
        Run v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("biliflux 0.").doesNotContain("${");
    }

    @Test
    void anApiErrorIsOneLineWithoutClassNamesAndExitsOne() {
        Run privacy = run("followings", String.valueOf(World.PRIVATE_MID));
        assertThat(privacy.code()).isEqualTo(Cli.FAILED);
        assertThat(privacy.errLines()).hasSize(1);
        assertThat(privacy.errLines().get(0)).startsWith("biliflux: followings failed: the user hides this list (code 22115")
                .doesNotContain("Exception").doesNotContain("R2 ").doesNotContain("/x/relation");

        Run debug = run("followings", String.valueOf(World.PRIVATE_MID), "--debug");
        assertThat(debug.err()).contains("\tat ");

        Map<String, String> stale = Map.of("BILI_COOKIE", emu.world().cookieHeader(World.DEMO_MID), "BILI_BASE_URL", emu.baseUri().toString());
        emu.world().logout(World.DEMO_MID);
        Run loggedOut = run(stale, "account");
        assertThat(loggedOut.code()).isEqualTo(Cli.FAILED);
        assertThat(loggedOut.errLines().get(0)).contains("not logged in (code -101").contains("BILI_COOKIE");
    }
}
