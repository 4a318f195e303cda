package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.Page;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pieces of the output: names, values, widths, the progress line. */
@Timeout(30)
class OutputTest {

    @Test
    void namesBecomeSnakeCase() {
        assertThat(Rows.snake("vipDueDate")).isEqualTo("vip_due_date");
        assertThat(Rows.snake("remain_amount")).isEqualTo("remain_amount");
        assertThat(Rows.snake("ID")).isEqualTo("id");
        assertThat(Rows.snake("Score")).isEqualTo("score");
        assertThat(Rows.snake("platformPrice")).isEqualTo("platform_price");
        assertThat(Rows.snake("isHTTPSOnly")).isEqualTo("is_https_only");
    }

    record Sample(BigDecimal lastOrd, BigDecimal half, Instant when, Instant unknown) {
    }

    @Test
    void valuesArePlainNumbersAndZonedTimes() {
        Rows rows = new Rows(ZoneId.of("Asia/Shanghai"));
        var row = rows.row(new Sample(new BigDecimal("2E+1"), new BigDecimal("216.50"), Instant.parse("2024-01-01T00:00:00Z"), Instant.EPOCH));
        assertThat(rows.ndjson(row)).isEqualTo("{\"last_ord\":20,\"half\":216.5,\"when\":\"2024-01-01T08:00:00+08:00\",\"unknown\":null}");
        assertThat(Rows.flatten(row)).containsEntry("last_ord", "20").containsEntry("half", "216.5").containsEntry("unknown", "");
    }

    @Test
    void tablesAreNarrowedToTheWidth() {
        int[] w = {10, 40, 40, 40};
        Output.Table.fit(w, 100);
        assertThat(w[0] + w[1] + w[2] + w[3] + 6).isLessThanOrEqualTo(100);
        assertThat(w[0]).isEqualTo(10);
        assertThat(Output.pad("老友记老友记", 7)).isEqualTo("老友记…");
        assertThat(Output.width("老友")).isEqualTo(4);
    }

    @Test
    void aSingleRowListHasAHeader() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Output o = Output.list(Output.Format.TABLE, new PrintStream(bytes, true, StandardCharsets.UTF_8), new Rows(ZoneId.of("UTC")),
                View.PLAIN, null)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mid", 1);
            m.put("uname", "a");
            o.row(m);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("mid  uname", "---  -----", "1    a");
    }

    @Test
    void progressShowsDoneOfTotalRateAndEta() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true, now::get);
        p.page(new Page<>(List.of(), 1, 50, OptionalLong.of(320), true, false));
        for (int i = 0; i < 50; i++) {
            p.entry();
        }
        now.set(1_000_000_000L);
        assertThat(p.line()).isEqualTo("50/320 entries (15%), 1 pages, 50 entries/s, ETA 5 s");
        p.page(new Page<>(List.of(), 2, 50, OptionalLong.of(320), false, true));
        p.done();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("shown 50 of 320 (the service caps this list)");
    }
}
