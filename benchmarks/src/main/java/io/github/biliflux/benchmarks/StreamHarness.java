package io.github.biliflux.benchmarks;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationUser;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import reactor.core.Disposable;

/**
 * The streaming harness: long lists through {@code RelationClient} against the BiliEmulator.
 *
 * <pre>
 * StreamHarness --followers 10000,100000,1000000 [--sample-ms 100] [--stream-warmup-seconds 8] [--min-seconds 5]
 *               [--seed 7]
 *               [--emulator child|in-process]
 * StreamHarness --concurrent 50 --rate 20 [--threshold 22] [--seconds 30] [--warmup-seconds 5] [--paced]
 *               [--warm-requests K]
 * </pre>
 *
 * <p><b>Streams</b> ({@code --followers}): the emulator ends one's own followers (R1) after 1000
 * entries in both cap modes, and others' R1/R2 after 100 entries (LIVE) or 5 pages (SPEC); only one's
 * own followings (R2) are listed whole. So each size streams {@code followings(DEMO_MID)} of
 * {@code World.generated(seed, 0, size)} with the rate limit off: the same PagedFlux, page fetcher
 * and entry shape as R1. Each size is run twice: once for throughput (entries/s, pages/s, nothing
 * else running; a short list is streamed again until the pass lasts {@code --min-seconds}) and once
 * for memory, with a sampler thread calling {@code System.gc()} every {@code --sample-ms} and reading
 * the heap that collection left (the live heap, see {@link #liveAfterGc()}); the peak is reported
 * with the baseline (after GC, client built, before the stream). The emulator runs in a child JVM
 * (the default) so the figures are the client's alone. Every entry is checked: count and the sum of
 * mids must match the generated list (no entry lost or repeated).
 *
 * <p><b>Shared rate limit</b> ({@code --concurrent}): that many streams share one client limited to
 * {@code RateLimit.perSecond(rate)} against an in-process emulator whose
 * {@code faults().rateThreshold(threshold)} answers HTTP 412 above {@code threshold} requests in any
 * sliding second (default threshold: rate + 10%, at least rate + 2). Reports the achieved request
 * rate (count over the measured window, and the least-squares slope of requests over time, which
 * does not depend on where the window cuts the limiter's once-a-second bursts), the 412 answers in
 * the emulator's journal, and a per-second timeline (requests sent, 412s, the host's cool-down).
 * {@code --paced} uses {@code RateLimit.of(1, 1/N s)} instead of {@code RateLimit.perSecond(N)} (the
 * same rate, one permit at a time); {@code --warm-requests K} sends K requests before the streams
 * start, as a client that has been running a while (the default, 0, starts cold).
 */
public final class StreamHarness {

    private static final long MB = 1024 * 1024;

    private StreamHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--processes")) {
            MultiProcessHarness.main(args); // issue 16: several processes on one Redis budget
            return;
        }
        List<Integer> sizes = new ArrayList<>();
        int concurrent = 0;
        int rate = 20;
        int threshold = -1;
        int seconds = 30;
        int warmupSeconds = 5;
        int sampleMs = 100;
        int streamWarmupSeconds = 8;
        int minSeconds = 5;
        long seed = 7;
        boolean child = true;
        boolean paced = false;
        int warmRequests = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--followers", "--sizes" -> {
                    for (String s : args[++i].split(",")) {
                        sizes.add(Integer.parseInt(s.trim().replace("_", "")));
                    }
                }
                case "--concurrent" -> concurrent = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--threshold" -> threshold = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--sample-ms" -> sampleMs = Integer.parseInt(args[++i]);
                case "--stream-warmup-seconds" -> streamWarmupSeconds = Integer.parseInt(args[++i]);
                case "--min-seconds" -> minSeconds = Integer.parseInt(args[++i]);
                case "--paced" -> paced = true;
                case "--warm-requests" -> warmRequests = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--emulator" -> child = switch (args[++i]) {
                    case "child" -> true;
                    case "in-process" -> false;
                    default -> throw new IllegalArgumentException("--emulator child|in-process");
                };
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: --followers 10000,100000,1000000 | --concurrent 50 --rate N");
            }
        }
        if (sizes.isEmpty() && concurrent == 0) {
            sizes = List.of(10_000, 100_000, 1_000_000);
        }
        System.out.printf(Locale.ROOT, "java %s, %d CPUs, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB);
        if (!sizes.isEmpty()) {
            List<StreamResult> results = new ArrayList<>();
            for (int size : sizes) {
                results.add(stream(size, seed, sampleMs, child, streamWarmupSeconds, minSeconds));
            }
            printStreams(results);
        }
        if (concurrent > 0) {
            int t = threshold > 0 ? threshold : rate + Math.max(2, (int) Math.ceil(rate * 0.1));
            concurrent(concurrent, rate, t, seconds, warmupSeconds, seed, paced, warmRequests);
        }
        System.exit(0);
    }

    // ---- streams -------------------------------------------------------------------------------------

    /** One size: throughput pass then memory pass. */
    record StreamResult(int size, double seconds, long entries, long pages, long baselineBytes, long peakBytes,
                        int samples) {
        double entriesPerSecond() {
            return entries / seconds;
        }

        double pagesPerSecond() {
            return pages / seconds;
        }
    }

    private static StreamResult stream(int size, long seed, int sampleMs, boolean child, int streamWarmupSeconds,
                                       int minSeconds) throws Exception {
        try (Server server = child ? Server.child(size, seed) : Server.inProcess(size, seed)) {
            LongAdder pages = new LongAdder();
            BiliClient bili = BiliClient.builder()
                    .credentials(Credentials.cookie(server.sessdata, server.biliJct, server.mid))
                    .endpoints(Endpoints.singleBase(server.base))
                    .rateLimit(RateLimit.unlimited())
                    .httpClient(h -> h.doOnResponse((res, conn) -> pages.increment()))
                    .build();
            try {
                RelationClient relation = RelationClient.of(bili);
                // Warm-up, not measured: both JVMs (this one and the emulator's) compile the hot paths.
                long warmUntil = System.nanoTime() + streamWarmupSeconds * 1_000_000_000L;
                do {
                    relation.followings(server.mid).take(Math.min(size, 50_000)).blockLast(Duration.ofMinutes(5));
                } while (System.nanoTime() < warmUntil);

                gc();
                pages.reset();
                // Short lists are streamed again until the pass lasts minSeconds, so their rate is not one blip.
                long entries = 0;
                long t0 = System.nanoTime();
                do {
                    Check check = new Check();
                    relation.followings(server.mid).doOnNext(check::accept).blockLast(Duration.ofMinutes(30));
                    check.verify(size);
                    entries += check.count;
                } while (System.nanoTime() - t0 < minSeconds * 1_000_000_000L);
                double secs = (System.nanoTime() - t0) / 1e9;
                long pageCount = pages.sum();
                System.out.printf(Locale.ROOT, "stream %,d: %,d entries (%d passes) in %.2f s (%,.0f entries/s, %,.0f pages/s)%n",
                        size, entries, entries / size, secs, entries / secs, pageCount / secs);

                long baseline = gc();
                Sampler sampler = new Sampler(sampleMs);
                Check check2 = new Check();
                sampler.start();
                relation.followings(server.mid).doOnNext(check2::accept).blockLast(Duration.ofMinutes(30));
                sampler.stop();
                check2.verify(size);
                System.out.printf(Locale.ROOT, "stream %,d: live heap baseline %.1f MB, peak %.1f MB (%d samples)%n",
                        size, baseline / (double) MB, sampler.peak / (double) MB, sampler.samples);
                return new StreamResult(size, secs, entries, pageCount, baseline, sampler.peak, sampler.samples);
            } finally {
                bili.close();
            }
        }
    }

    private static void printStreams(List<StreamResult> results) {
        StreamResult first = results.get(0);
        System.out.println();
        System.out.println("| followings streamed | entries/s | pages/s | time (s) | live heap baseline (MB) | peak live heap (MB) | peak / peak of "
                + String.format(Locale.ROOT, "%,d", first.size()) + " |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (StreamResult r : results) {
            System.out.printf(Locale.ROOT, "| %,d | %,.0f | %,.0f | %.1f | %.1f | %.1f | %.2f |%n", r.size(),
                    r.entriesPerSecond(), r.pagesPerSecond(), r.seconds(), r.baselineBytes() / (double) MB,
                    r.peakBytes() / (double) MB, r.peakBytes() / (double) first.peakBytes());
        }
    }

    /** Full GC twice and the live heap it left. */
    private static long gc() {
        System.gc();
        System.gc();
        return liveAfterGc();
    }

    /**
     * The heap used as each heap pool's last collection left it ({@code MemoryPoolMXBean.getCollectionUsage},
     * the figure of the GC notification), not {@code getHeapMemoryUsage()} read after {@code System.gc()}:
     * that also counts what the running stream allocated since, a whole G1 region (1 MB here) at a time.
     */
    static long liveAfterGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    /** Every entry once: the count and the sum of mids of the generated followings. */
    private static final class Check {
        long count;
        long midSum;

        void accept(RelationUser u) {
            count++;
            midSum += u.mid();
        }

        void verify(int size) {
            // World.generated: followings are GENERATED_BASE + 2j for j < size.
            long expected = size * World.GENERATED_BASE + (long) size * (size - 1);
            if (count != size || midSum != expected) {
                throw new IllegalStateException("streamed " + count + " entries (mid sum " + midSum + "), expected "
                        + size + " (mid sum " + expected + ")");
            }
        }
    }

    /** Samples the live heap (used right after a full GC) on a thread of its own. */
    private static final class Sampler {
        private final int periodMs;
        private volatile boolean running;
        private Thread thread;
        volatile long peak;
        volatile int samples;

        Sampler(int periodMs) {
            this.periodMs = periodMs;
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(periodMs);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            System.gc();
            long used = liveAfterGc();
            peak = Math.max(peak, used);
            samples++;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }

    /** The emulator: a child JVM (the default) or in this JVM. */
    private static final class Server implements AutoCloseable {
        final URI base;
        final long mid;
        final String sessdata;
        final String biliJct;
        private final Process process;
        private final BiliEmulator emulator;

        private Server(URI base, long mid, String sessdata, String biliJct, Process process, BiliEmulator emulator) {
            this.base = base;
            this.mid = mid;
            this.sessdata = sessdata;
            this.biliJct = biliJct;
            this.process = process;
            this.emulator = emulator;
        }

        static Server child(int followings, long seed) throws IOException {
            String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
            Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    EmulatorProcess.class.getName(), "--followings", Integer.toString(followings), "--seed",
                    Long.toString(seed))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("READY ")) {
                p.destroyForcibly();
                throw new IllegalStateException("the emulator process did not start: " + line
                        + " (run the harness from the shaded jar: java -cp benchmarks/target/benchmarks.jar ...)");
            }
            String[] f = line.split(" ");
            return new Server(URI.create("http://127.0.0.1:" + f[1]), Long.parseLong(f[2]), f[3], f[4], p, null);
        }

        static Server inProcess(int followings, long seed) {
            BiliEmulator emu = BiliEmulator.start(World.generated(seed, 0, followings));
            World.Session s = emu.world().session(World.DEMO_MID);
            return new Server(emu.baseUri(), s.mid(), s.sessdata(), s.biliJct(), null, emu);
        }

        @Override
        public void close() throws Exception {
            if (process != null) {
                process.getOutputStream().close();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    // ---- concurrent streams under a shared rate limit ----------------------------------------------

    private static void concurrent(int streams, int rate, int threshold, int seconds, int warmupSeconds, long seed,
                                   boolean paced, int warmRequests) throws InterruptedException {
        try (BiliEmulator emu = BiliEmulator.start(World.generated(seed, 0, 200_000))) {
            emu.faults().rateThreshold(threshold);
            World.Session s = emu.world().session(World.DEMO_MID);
            ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>();
            // paced: the same N per second handed out one every 1/N s, instead of N at the start of each second.
            RateLimit limit = paced ? RateLimit.of(1, Duration.ofNanos(1_000_000_000L / rate)) : RateLimit.perSecond(rate);
            BiliClient bili = BiliClient.builder()
                    .credentials(Credentials.cookie(s.sessdata(), s.biliJct(), s.mid()))
                    .endpoints(Endpoints.singleBase(emu.baseUri()))
                    .rateLimit(limit)
                    .httpClient(h -> h.doOnRequest((req, conn) -> sent.add(System.nanoTime()))
                            .doOnResponse((res, conn) -> answers.add(new long[] {System.nanoTime(), res.status().code()})))
                    .build();
            RelationClient relation = RelationClient.of(bili);
            LongAdder entries = new LongAdder();
            AtomicLong failed = new AtomicLong();
            List<Disposable> running = new ArrayList<>();
            List<Long> cooldowns = new ArrayList<>();
            for (int i = 0; i < warmRequests; i++) {
                // A client that has run a while: its JVM has compiled the request path (each pays a permit).
                relation.followings(s.mid()).byPage().next().block(Duration.ofMinutes(1));
            }
            sent.clear();
            answers.clear();
            emu.journal().clear();
            long start = System.nanoTime();
            for (int i = 0; i < streams; i++) {
                running.add(relation.followings(s.mid()).subscribe(u -> entries.increment(), e -> {
                    failed.incrementAndGet();
                    System.out.println("stream failed: " + e);
                }));
            }
            long from = start + warmupSeconds * 1_000_000_000L;
            long to = from + seconds * 1_000_000_000L;
            for (long tick = start + 1_000_000_000L; tick <= to; tick += 1_000_000_000L) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, tick - System.nanoTime()));
                cooldowns.add(bili.cooldownRemainingMillis(io.github.biliflux.core.Host.API));
            }
            running.forEach(Disposable::dispose);
            bili.close();

            List<Long> times = new ArrayList<>(sent);
            long inWindow = times.stream().filter(t -> t >= from && t < to).count();
            double windowRate = inWindow / ((to - from) / 1e9);
            double slope = slope(times, from, to);
            List<Journal.Entry> journal = emu.journal().entries();
            long status412 = journal.stream().filter(e -> e.httpStatus() == 412).count();
            long served = journal.stream().filter(e -> e.httpStatus() == 200).count();
            System.out.printf(Locale.ROOT, "%n%d streams (client warmed by %d requests), one client at %s, emulator rateThreshold(%d):%n", streams, warmRequests,
                    paced ? "RateLimit.of(1, " + Duration.ofNanos(1_000_000_000L / rate) + ") (paced)"
                            : "RateLimit.perSecond(" + rate + ")", threshold);
            System.out.printf(Locale.ROOT, "  requests sent %d in %.1f s (%d s warm-up, %d s measured); entries %,d; "
                    + "streams failed %d%n", times.size(), (to - start) / 1e9, warmupSeconds, seconds,
                    entries.sum(), failed.get());
            System.out.println("  second: sent / 412 answers / host cool-down left at its end (ms)");
            int secs = warmupSeconds + seconds;
            long[] perSecondSent = new long[secs];
            long[] perSecond412 = new long[secs];
            times.forEach(t -> bucket(perSecondSent, t, start));
            answers.stream().filter(a -> a[1] == 412).forEach(a -> bucket(perSecond412, a[0], start));
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < secs; i++) {
                line.append(String.format(Locale.ROOT, "%d:%d/%d/%d  ", i, perSecondSent[i], perSecond412[i],
                        i < cooldowns.size() ? cooldowns.get(i) : 0));
                if (i % 8 == 7) {
                    System.out.println(line);
                    line = new StringBuilder("  ");
                }
            }
            System.out.println(line);
            System.out.println();
            System.out.println("| N | limiter | threshold | achieved (count/window) | achieved (slope) | achieved / N | HTTP 412 in journal | 200 in journal |");
            System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
            System.out.printf(Locale.ROOT, "| %d | %s | %d | %.2f/s | %.2f/s | %.3f | %d | %d |%n", rate,
                    paced ? "paced 1 per 1/N s" : "perSecond(N)", threshold, windowRate, slope, slope / rate,
                    status412, served);
        }
    }

    private static void bucket(long[] buckets, long t, long start) {
        int i = (int) ((t - start) / 1_000_000_000L);
        if (i >= 0 && i < buckets.length) {
            buckets[i]++;
        }
    }

    /** Least-squares slope (per second) of the cumulative request count over time, within [from, to). */
    static double slope(List<Long> times, long from, long to) {
        List<Long> in = times.stream().filter(t -> t >= from && t < to).sorted().toList();
        int n = in.size();
        if (n < 10) {
            // Too few points for a slope (e.g. the host is cooling down): count over the window.
            return n / ((to - from) / 1e9);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += (in.get(i) - from) / 1e9;
            my += i;
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double x = (in.get(i) - from) / 1e9 - mx;
            sxy += x * (i - my);
            sxx += x * x;
        }
        return sxy / sxx;
    }
}
