package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.biliflux.testkit.World;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every subcommand's output shape: compact tables within 100 columns, every field in NDJSON and CSV, plain values. */
class CliOutputTest extends CliTestBase {

    static final List<List<String>> LISTS = List.of(
            List.of("followers"), List.of("followings"), List.of("whispers"), List.of("blacks"), List.of("tags"),
            List.of("tag-members", String.valueOf(World.TAG_UPS)), List.of("coins"), List.of("coupons"), List.of("comics"),
            List.of("courses"));

    static String[] argv(List<String> cmd, String... more) {
        String[] a = new String[cmd.size() + more.length];
        for (int i = 0; i < cmd.size(); i++) {
            a[i] = cmd.get(i);
        }
        System.arraycopy(more, 0, a, cmd.size(), more.length);
        return a;
    }

    static List<List<String>> csv(String text) throws Exception {
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(text)) {
            return it.readAll();
        }
    }

    @Test
    void followersAreACompactTableOfTheWholeList() {
        Run r = run("followers");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("embedded emulator").contains(String.valueOf(World.DEMO_MID));
        List<Long> followers = emu.world().followers(World.DEMO_MID);
        assertThat(r.lines()).hasSize(followers.size() + 2);
        assertThat(r.lines().get(0).split(" +")).containsExactly("mid", "uname", "mtime", "tags", "vip.vip_type");
        assertThat(r.lines().get(1)).matches("[- ]+");
        assertThat(r.lines().get(2)).startsWith(String.valueOf(followers.get(0)));
    }

    @Test
    void everyListTableFitsOneHundredColumns() {
        for (List<String> cmd : LISTS) {
            Run r = run(argv(cmd));
            assertThat(r.code()).as(cmd + ": " + r.err()).isZero();
            assertThat(r.lines()).as(cmd.toString()).hasSizeGreaterThan(2);
            assertThat(r.lines()).as(cmd.toString()).allSatisfy(l -> assertThat(Output.width(l)).isLessThanOrEqualTo(100));
            assertThat(r.lines().get(0).split(" +").length).as(cmd.toString()).isBetween(3, 6);
        }
    }

    @Test
    void ndjsonAndCsvKeepEveryFieldWithSnakeCaseNames() throws Exception {
        for (List<String> cmd : LISTS) {
            Run nd = run(argv(cmd, "--format", "ndjson"));
            assertThat(nd.code()).as(cmd + ": " + nd.err()).isZero();
            JsonNode first = json(nd.lines().get(0));
            first.fieldNames().forEachRemaining(f -> assertThat(f).as(cmd.toString()).matches("[a-z0-9_]+"));

            Run cs = run(argv(cmd, "--format", "csv"));
            List<List<String>> rows = csv(cs.out());
            assertThat(rows).as(cmd.toString()).hasSize(nd.lines().size() + 1);
            assertThat(rows.get(0)).as(cmd.toString()).allSatisfy(h -> assertThat(h).matches("[a-z0-9_.]+"));
            assertThat(rows.get(0).size()).as(cmd.toString()).isGreaterThan(run(argv(cmd)).lines().get(0).split(" +").length - 1);
        }
        Run users = run("followers", "--format", "ndjson", "--limit", "1");
        assertThat(json(users.out()).path("vip").has("vip_due_date")).isTrue();
        assertThat(json(users.out()).path("official_verify").has("type_code")).isTrue();
    }

    @Test
    void csvIsQuotedByTheCsvRules() throws Exception {
        Run r = run("blacks", "--format", "csv");
        List<List<String>> rows = csv(r.out());
        int sign = rows.get(0).indexOf("sign");
        int uname = rows.get(0).indexOf("uname");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(rows.get(0).size()));
        assertThat(rows.stream().skip(1).map(row -> row.get(uname))).contains("其实死亡没有那么痛");
        assertThat(sign).isNotNegative();
    }

    @Test
    void numbersArePlainInEveryFormat() {
        for (String format : List.of("table", "csv", "ndjson")) {
            Run r = run("comics", "--format", format);
            assertThat(r.code()).isZero();
            assertThat(r.out()).as(format).doesNotContainPattern("\\dE[+-]?\\d");
        }
        Run nd = run("comics", "--format", "ndjson");
        assertThat(nd.lines()).allSatisfy(l -> assertThat(json(l).path("last_ord").isNumber()).isTrue());
        assertThat(json(nd.lines().get(0)).path("last_ord").asText()).isEqualTo("20");
        Run coins = run("coins", "--format", "ndjson");
        assertThat(coins.lines().stream().map(l -> json(l).path("delta").asText())).contains("0.1", "-1");
    }

    @Test
    void timesAreInTheUsersZoneAndUnknownTimesAreEmpty() {
        Run shanghai = run(Map.of("TZ", "Asia/Shanghai"), "followers", "--format", "ndjson", "--limit", "3");
        assertThat(shanghai.lines()).allSatisfy(l -> assertThat(json(l).path("mtime").asText()).endsWith("+08:00"));
        Run utc = run(Map.of("TZ", "UTC"), "followers", "--format", "ndjson", "--limit", "1");
        assertThat(json(utc.out()).path("mtime").asText()).endsWith("Z");

        // no relation with user 1: its mtime is unknown (epoch 0 in the answer)
        Run rel = run("relation", "1", "--format", "ndjson");
        assertThat(json(rel.out()).path("relation").path("mtime").isNull()).isTrue();
        Run table = run("relation", "1");
        assertThat(table.lines()).anyMatch(l -> l.strip().equals("relation.mtime")).noneMatch(l -> l.contains("1970"));
    }

    @Test
    void enumsAreNamesInEveryCommand() {
        Run users = run("followers", "--format", "ndjson");
        assertThat(users.lines().stream().map(l -> json(l).path("vip").path("vip_type").asText()).distinct())
                .isNotEmpty().allSatisfy(t -> assertThat(t).isIn("NONE", "MONTHLY", "ANNUAL"));
        assertThat(users.lines()).allSatisfy(l -> assertThat(json(l).path("vip").path("vip_status").isTextual()).isTrue());
        Run account = run("account", "--format", "ndjson");
        assertThat(json(account.out()).path("vip").path("vip_type").asText()).isEqualTo("ANNUAL");
        Run courses = run("courses", "--format", "ndjson");
        assertThat(courses.lines()).allSatisfy(l -> assertThat(json(l).path("status").isTextual()).isTrue());
    }

    @Test
    void aOneRowListIsStillATable() {
        Run r = run("tag-members", String.valueOf(World.TAG_OLD_FRIENDS));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(0)).startsWith("mid ");
        assertThat(r.lines().get(2)).startsWith(String.valueOf(World.FRIEND_MID));
    }

    @Test
    void columnsPickWhatIsPrintedInEveryFormat() {
        Run table = run("followers", "--columns", "mid,uname", "--limit", "2");
        assertThat(table.lines().get(0).split(" +")).containsExactly("mid", "uname");
        assertThat(table.lines()).hasSize(4);
        Run csv = run("followers", "--columns", "mid,vip.vip_type", "--format", "csv", "--limit", "2");
        assertThat(csv.lines().get(0)).isEqualTo("mid,vip.vip_type");
        Run nd = run("followers", "--columns", "mid,official_verify", "--format", "ndjson", "--limit", "1");
        assertThat(json(nd.out()).fieldNames()).toIterable()
                .containsExactly("mid", "official_verify.type", "official_verify.type_code", "official_verify.desc");

        Run bad = run("followers", "--columns", "mid,nope");
        assertThat(bad.code()).isEqualTo(Cli.USAGE);
        assertThat(bad.err()).contains("no column 'nope'").contains("uname");
    }

    @Test
    void progressShowsTheTotalAndTheCapIsNamed() {
        Run r = run("followers", "--progress", "--format", "ndjson");
        int total = emu.world().followers(World.DEMO_MID).size();
        assertThat(r.err()).contains("/" + total + " entries").contains("entries/s").contains("pages");
        assertThat(r.out()).doesNotContain("entries/s");

        Run capped = run("followers", String.valueOf(World.CAPPED_MID), "--format", "ndjson");
        assertThat(capped.code()).isZero();
        assertThat(capped.lines()).hasSize(100);
        assertThat(capped.err()).containsPattern("shown 100 of \\d+ \\(the service caps this list\\)");
    }

    @Test
    void singleValueCommandsAreFieldValueTables() {
        Run rel = run("relation", String.valueOf(World.FRIEND_MID), "--format", "ndjson");
        assertThat(rel.code()).as(rel.err()).isZero();
        assertThat(json(rel.out()).has("relation")).isTrue();
        assertThat(json(rel.out()).path("mutual").has("be_relation")).isTrue();

        Run account = run("account");
        assertThat(account.code()).as(account.err()).isZero();
        assertThat(account.lines().get(0).split(" +")).containsExactly("field", "value");
        assertThat(account.out()).contains("account.uname").contains("vip.vip_type").contains("ANNUAL");
        assertThat(account.lines()).allSatisfy(l -> assertThat(Output.width(l)).isLessThanOrEqualTo(100));

        Run today = run("coins", "--today", "--format", "ndjson");
        assertThat(json(today.out()).path("coin_exp_today").isInt()).isTrue();
    }

    @Test
    void followUnfollowAndSignChangeTheWorld() {
        long target = World.CAPPED_MID;
        Run follow = run("follow", String.valueOf(target), "--format", "ndjson");
        assertThat(follow.code()).isZero();
        assertThat(json(follow.out()).path("status").asText()).isEqualTo("followed");
        assertThat(emu.world().follows(World.DEMO_MID, target)).isTrue();
        assertThat(run("unfollow", String.valueOf(target)).code()).isZero();
        assertThat(emu.world().follows(World.DEMO_MID, target)).isFalse();
        assertThat(run("sign", "hello from the cli").code()).isZero();
        assertThat(emu.world().sign(World.DEMO_MID)).isEqualTo("hello from the cli");
        Run clear = run("sign", "", "--format", "ndjson");
        assertThat(clear.code()).as(clear.err()).isZero();
        assertThat(json(clear.out()).path("status").asText()).isEqualTo("cleared");
        assertThat(emu.world().sign(World.DEMO_MID)).isEmpty();
    }

    @Test
    void anEmptyListSaysSoOnStderr() {
        assertThat(emu.world().whispers(World.BLOCKER_MID)).isEmpty();
        Run empty = run(Map.of("BILI_COOKIE", emu.world().cookieHeader(World.BLOCKER_MID), "BILI_BASE_URL", emu.baseUri().toString()),
                "whispers");
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).contains("the list is empty");
    }

    @Test
    void pageSizeIsSentAndLimitStopsTheStream() {
        Run r = run("followers", "--format", "ndjson", "--limit", "7", "--page-size", "20");
        assertThat(r.code()).as(r.err()).isZero();
        List<Long> expected = emu.world().followers(World.DEMO_MID).subList(0, 7);
        assertThat(r.lines().stream().map(l -> json(l).path("mid").asLong()).toList()).isEqualTo(expected);
        assertThat(requests("R1")).isEqualTo(1);
        assertThat(emu.journal().entries().get(emu.journal().entries().size() - 1).query()).containsEntry("ps", "20");
    }
}
