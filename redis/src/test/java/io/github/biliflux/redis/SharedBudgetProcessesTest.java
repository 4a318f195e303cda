package io.github.biliflux.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.World;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Separate JVMs ({@link BudgetWorker}) on one budget key in one real redis-server, against one
 * emulator whose rate threshold answers HTTP 412 past N requests in any second.
 */
@Timeout(150)
class SharedBudgetProcessesTest {

    static final int N = 20;
    static RedisServer redis;
    static BiliEmulator emu;
    static World.Session session;

    @BeforeAll
    static void start() {
        redis = RedisServer.start();
        emu = BiliEmulator.start(World.demo());
        session = emu.world().session(World.DEMO_MID);
    }

    @AfterAll
    static void stop() {
        if (emu != null) {
            emu.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @BeforeEach
    void clean() {
        emu.faults().clear();
        emu.journal().clear();
        if (redis.command("PING") == null) {
            redis.restart();
        }
        redis.command("FLUSHALL");
    }

    @AfterEach
    void restartRedis() {
        if (redis.command("PING") == null) {
            redis.restart();
        }
    }

    static List<String> args(int streams, long runMillis, String policy, long cooldownMs) {
        return List.of(redis.uri(), emu.baseUri().toString(), session.sessdata(), session.biliJct(), Long.toString(session.mid()),
                Integer.toString(N), Integer.toString(streams), Long.toString(runMillis), policy, Long.toString(cooldownMs));
    }

    /** Answers per second in the run's middle (half a second off each end, where the workers start and stop apart). */
    static double rate(List<Fleet.Answer> answers) {
        long first = answers.stream().mapToLong(Fleet.Answer::atMillis).min().orElseThrow() + 500;
        long last = answers.stream().mapToLong(Fleet.Answer::atMillis).max().orElseThrow() - 500;
        long inside = answers.stream().filter(a -> a.atMillis() >= first && a.atMillis() < last).count();
        return inside * 1000.0 / (last - first);
    }

    long gateway412s() {
        return emu.journal().entries().stream().filter(e -> e.httpStatus() == 412).count();
    }

    @ParameterizedTest(name = "{0} processes")
    @ValueSource(ints = {2, 4})
    void processesOnOneKeyShareOnePacedBudget(int processes) throws Exception {
        // A quarter of slack for the send jitter of four JVMs on a busy 2-core machine (a process starved for
        // 250 ms sends its reserved permits late, together); without sharing they would send N x processes.
        emu.faults().rateThreshold(N + N / 4);
        try (Fleet fleet = Fleet.start(processes, BudgetWorker.class, args(3, 6000, "fail", 2000))) {
            fleet.go();
            fleet.awaitDone(60);
            List<Fleet.Answer> ok = fleet.of("ok");
            assertThat(fleet.of("err")).isEmpty();
            assertThat(fleet.of("412")).isEmpty();
            assertThat(gateway412s()).isZero();
            assertThat(rate(ok)).isCloseTo(N, withinPercentage(5));
            Map<Integer, Long> perWorker = ok.stream().collect(Collectors.groupingBy(Fleet.Answer::worker, Collectors.counting()));
            assertThat(perWorker).hasSize(processes); // every process had its share of the one budget
            System.out.printf("%d processes x 3 streams: %d answers, %.2f/s combined (limit %d/s), 0 x 412%n", processes, ok.size(), rate(ok), N);
        }
    }

    @Test
    void a412InOneProcessPausesEveryProcess() throws Exception {
        AtomicInteger oks = new AtomicInteger();
        try (Fleet fleet = Fleet.start(2, BudgetWorker.class, args(2, 6000, "fail", 2000))) {
            fleet.onAnswer(a -> {
                if (a.kind().equals("ok") && oks.incrementAndGet() == 20) {
                    emu.faults().failNext(1, Fault.RATE_LIMITED);
                }
            });
            fleet.go();
            fleet.awaitDone(60);
            List<Fleet.Answer> throttled = fleet.of("412");
            assertThat(throttled).hasSize(1);
            long t = throttled.get(0).atMillis();
            int victim = throttled.get(0).worker();
            List<Fleet.Answer> ok = fleet.of("ok");
            // The pause is 1..2 s (2 s, jittered down to half). Answers to requests already on the wire may land just after t.
            assertThat(ok).filteredOn(a -> a.atMillis() > t + 50 && a.atMillis() < t + 1000).isEmpty();
            assertThat(ok).filteredOn(a -> a.worker() != victim && a.atMillis() < t).isNotEmpty();
            assertThat(ok).filteredOn(a -> a.worker() != victim && a.atMillis() >= t + 1000).isNotEmpty();
            assertThat(ok).filteredOn(a -> a.worker() == victim && a.atMillis() >= t + 1000).isNotEmpty();
        }
    }

    @Test
    void whenRedisStopsMidRunEachProcessFallsBackToItsShareAndTheCombinedRateStaysWithinTheLimit() throws Exception {
        // As above; the local budgets also start with a permit in hand at the switch.
        emu.faults().rateThreshold(N + N / 4);
        AtomicInteger oks = new AtomicInteger();
        AtomicLong stoppedAt = new AtomicLong(Long.MAX_VALUE);
        try (Fleet fleet = Fleet.start(2, BudgetWorker.class, args(2, 7000, "share:0.5", 2000))) {
            fleet.onAnswer(a -> {
                if (a.kind().equals("ok") && oks.incrementAndGet() == 40) {
                    redis.stop();
                    stoppedAt.set(System.currentTimeMillis());
                }
            });
            fleet.go();
            fleet.awaitDone(60);
            assertThat(stoppedAt.get()).isLessThan(Long.MAX_VALUE);
            assertThat(fleet.of("412")).isEmpty();
            assertThat(fleet.of("err")).isEmpty(); // documented: calls go on, each process at its share
            assertThat(gateway412s()).isZero();
            List<Fleet.Answer> outage = fleet.of("ok").stream().filter(a -> a.atMillis() > stoppedAt.get() + 500).toList();
            assertThat(outage.stream().map(Fleet.Answer::worker).distinct()).hasSize(2);
            assertThat(rate(outage)).isBetween(N * 0.8, N * 1.05);
            System.out.printf("Redis stopped: %d answers after, %.2f/s combined on local shares (limit %d/s)%n", outage.size(), rate(outage), N);
        }
    }
}
