package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every subcommand, in-process against the emulator: rows, formats, exit codes and the --yes guard. */
class CliTest {

    final BiliEmulator emu = BiliEmulator.start(World.demo());

    @AfterEach
    void close() {
        emu.close();
    }

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    Run run(String... argv) {
        return run(Map.of(), argv);
    }

    Run run(Map<String, String> env, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, emu)
                .run(argv);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String line) {
        try {
            return Output.JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    @Test
    void followersStreamTheWholeDemoListAsATable() {
        Run r = run("followers");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("embedded emulator").contains(String.valueOf(World.DEMO_MID));
        int followers = emu.world().followers(World.DEMO_MID).size();
        assertThat(r.lines()).hasSize(followers + 2);
        assertThat(r.lines().get(0)).startsWith("mid");
        assertThat(r.lines().get(1)).matches("[- ]+");
        assertThat(r.lines().get(2)).startsWith(String.valueOf(emu.world().followers(World.DEMO_MID).get(0)));
    }

    @Test
    void ndjsonLinesParseAndLimitStopsTheStream() {
        Run r = run("followers", "--format", "ndjson", "--limit", "7");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(7).allSatisfy(l -> assertThat(json(l).path("mid").asLong()).isPositive());
        List<Long> expected = emu.world().followers(World.DEMO_MID).subList(0, 7);
        assertThat(r.lines().stream().map(l -> json(l).path("mid").asLong()).toList()).isEqualTo(expected);
        assertThat(emu.journal().count("/x/relation/followers")).isEqualTo(1);
    }

    @Test
    void csvHasAHeaderAndOneLinePerEntry() {
        Run r = run("followings", "--format", "csv", "--order", "attention");
        assertThat(r.code()).isZero();
        assertThat(r.lines().get(0)).startsWith("mid,");
        assertThat(r.lines()).hasSize(emu.world().followings(World.DEMO_MID).size() + 1);
    }

    @Test
    void progressGoesToStderr() {
        Run r = run("followers", "--progress", "--format", "ndjson");
        assertThat(r.err()).contains("entries/s").contains("pages");
        assertThat(r.out()).doesNotContain("entries/s");
    }

    @Test
    void aCappedListSaysItWasTruncated() {
        Run r = run("followers", String.valueOf(World.CAPPED_MID), "--format", "ndjson");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(100);
        assertThat(r.err()).contains("truncated");
    }

    @Test
    void everyListCommandPrintsRows() {
        for (String[] cmd : List.of(new String[] {"whispers"}, new String[] {"blacks"}, new String[] {"tags"},
                new String[] {"tag-members", String.valueOf(World.TAG_UPS)}, new String[] {"coins"},
                new String[] {"coupons"}, new String[] {"comics"}, new String[] {"courses"})) {
            String[] argv = new String[cmd.length + 2];
            System.arraycopy(cmd, 0, argv, 0, cmd.length);
            argv[cmd.length] = "--format";
            argv[cmd.length + 1] = "ndjson";
            Run r = run(argv);
            assertThat(r.code()).as(String.join(" ", cmd) + ": " + r.err()).isZero();
            assertThat(r.lines()).as(String.join(" ", cmd)).isNotEmpty().allSatisfy(l -> assertThat(json(l).isObject()).isTrue());
        }
    }

    @Test
    void singleValueCommands() {
        Run rel = run("relation", String.valueOf(World.FRIEND_MID), "--format", "ndjson");
        assertThat(rel.code()).as(rel.err()).isZero();
        assertThat(json(rel.out()).has("relation")).isTrue();
        assertThat(json(rel.out()).has("mutual")).isTrue();

        Run account = run("account");
        assertThat(account.code()).as(account.err()).isZero();
        assertThat(account.out()).contains("account.").contains("vip.").contains("security.");

        Run today = run("coins", "--today", "--format", "ndjson");
        assertThat(json(today.out()).path("coinExpToday").isInt()).isTrue();
    }

    @Test
    void followUnfollowAndSignChangeTheWorld() {
        long target = World.CAPPED_MID;
        assertThat(run("follow", String.valueOf(target)).code()).isZero();
        assertThat(emu.world().follows(World.DEMO_MID, target)).isTrue();
        assertThat(run("unfollow", String.valueOf(target)).code()).isZero();
        assertThat(emu.world().follows(World.DEMO_MID, target)).isFalse();
        assertThat(run("sign", "hello from the cli").code()).isZero();
        assertThat(emu.world().sign(World.DEMO_MID)).isEqualTo("hello from the cli");
    }

    @Test
    void chargeRefusesToSpendWithoutYes() {
        BigDecimal before = emu.world().balance(World.DEMO_MID);
        Run r = run("charge", String.valueOf(World.FRIEND_MID), "4");
        assertThat(r.code()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("--yes");
        assertThat(emu.journal().mutations()).isEmpty();
        assertThat(emu.world().balance(World.DEMO_MID)).isEqualByComparingTo(before);

        Run yes = run("charge", String.valueOf(World.FRIEND_MID), "4", "--yes", "--format", "ndjson");
        assertThat(yes.code()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("4");
        assertThat(emu.world().balance(World.DEMO_MID)).isEqualByComparingTo(before.subtract(BigDecimal.valueOf(4)));
    }

    @Test
    void failuresExitNonZeroWithOneClearLine() {
        Run privacy = run("followings", String.valueOf(World.PRIVATE_MID));
        assertThat(privacy.code()).isEqualTo(Cli.FAILED);
        assertThat(privacy.err().lines().filter(l -> l.startsWith("biliflux:")).toList()).last().asString().contains("22115");
        assertThat(privacy.err()).doesNotContain("\tat ");

        Run debug = run("followings", String.valueOf(World.PRIVATE_MID), "--debug");
        assertThat(debug.err()).contains("\tat ");

        assertThat(run("nope").code()).isEqualTo(Cli.USAGE);
        assertThat(run("followers", "--limit", "x").code()).isEqualTo(Cli.USAGE);
        assertThat(run("followers", "--format", "xml").code()).isEqualTo(Cli.USAGE);
        assertThat(run("tag-members").code()).isEqualTo(Cli.USAGE);
        Run badBp = run("charge", String.valueOf(World.FRIEND_MID), "1", "--yes");
        assertThat(badBp.code()).isEqualTo(Cli.USAGE);
        assertThat(badBp.err()).contains("bp");
        assertThat(run("help").out()).contains("usage: biliflux");
    }

    @Test
    void emulatorFlagWinsOverCredentials() {
        Run r = run(Map.of("BILI_COOKIE", "SESSDATA=x; bili_jct=y; DedeUserID=1"), "whispers", "--emulator");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("--emulator");
    }
}
