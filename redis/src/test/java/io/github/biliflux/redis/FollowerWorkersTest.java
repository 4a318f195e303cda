package io.github.biliflux.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.redis.example.FollowerWorkers;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The example: workers sharing one budget, one of them killed mid-list and replaced, which resumes with byPage(startPage). */
@Timeout(150)
class FollowerWorkersTest {

    @TempDir
    Path out;

    static long pageWritten(Path progress) throws java.io.IOException {
        if (!Files.exists(progress)) {
            return 0;
        }
        String text = Files.readString(progress).trim();
        return text.isEmpty() ? 0 : Long.parseLong(text.split(" ")[0]);
    }

    @Test
    void aKilledWorkerIsReplacedAndResumesFromTheLastPageWrittenWithoutDuplicates() throws Exception {
        try (RedisServer redis = RedisServer.start(); BiliEmulator emu = BiliEmulator.start(World.generated(7, 600, 0))) {
            long demo = World.DEMO_MID;
            List<Long> mids = List.of(demo, World.GENERATED_BASE, World.GENERATED_BASE + 1);
            ProcessBuilder pb = Fleet.java(FollowerWorkers.class, List.of("--redis", redis.uri(), "--base", emu.baseUri().toString(),
                    "--out", out.toString(), "--workers", "2", "--rate", "4",
                    "--mids", mids.stream().map(String::valueOf).collect(Collectors.joining(","))));
            pb.environment().put("BILI_COOKIE", emu.world().session(demo).cookieHeader());
            Path log = out.resolve("coordinator.log");
            Process coordinator = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
            try {
                Path progress = out.resolve(demo + ".progress");
                // Wait (bounded) until worker 0 has written two pages of the 12, then kill it as a crash would.
                Mono.fromCallable(() -> pageWritten(progress) >= 2).filter(b -> b)
                        .repeatWhenEmpty(3000, f -> f.delayElements(Duration.ofMillis(10), Schedulers.single()))
                        .block(Duration.ofSeconds(60));
                Optional<ProcessHandle> worker0 = ProcessHandle.of(Long.parseLong(Files.readString(out.resolve("worker-0.pid")).trim()));
                assertThat(worker0).isPresent();
                long writtenBefore = pageWritten(progress); // at least this many pages are on disk
                worker0.get().destroyForcibly();
                assertThat(coordinator.waitFor(90, TimeUnit.SECONDS)).isTrue();
                assertThat(coordinator.exitValue()).isZero();

                List<String> lines = Files.readAllLines(out.resolve(demo + ".ndjson"));
                List<Long> got = lines.stream().map(l -> Long.parseLong(l.replaceAll(".*\"mid\":(\\d+).*", "$1"))).toList();
                assertThat(got).hasSize(600).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(LongStream.range(World.GENERATED_BASE, World.GENERATED_BASE + 600).boxed().toList());
                assertThat(Files.readString(out.resolve(demo + ".done"))).isEqualTo("complete\n");
                assertThat(out.resolve(World.GENERATED_BASE + ".done")).exists();
                assertThat(out.resolve((World.GENERATED_BASE + 1) + ".done")).exists();

                List<Journal.Entry> pages = emu.journal().entries("/x/relation/followers").stream()
                        .filter(e -> String.valueOf(demo).equals(e.query().get("vmid"))).toList();
                // Resumed, not restarted: page 1 was fetched once; the replacement began after the last page written.
                assertThat(pages).filteredOn(e -> "1".equals(e.query().getOrDefault("pn", "1"))).hasSize(1);
                assertThat(pages.stream().map(e -> Long.parseLong(e.query().getOrDefault("pn", "1"))).filter(pn -> pn <= writtenBefore))
                        .hasSize((int) writtenBefore);
                assertThat(Files.readString(log)).contains("worker 0 died");
            } finally {
                coordinator.descendants().forEach(ProcessHandle::destroyForcibly);
                coordinator.destroyForcibly();
            }
        }
    }
}
