package io.github.biliflux.benchmarks;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationUser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import reactor.core.publisher.Flux;

/**
 * The public stream against a plain client, in one JVM, pass by pass.
 *
 * <pre>
 * StreamComparison [--pages 200] [--warmup 300] [--passes 40] [--mode seq|batch|both]
 * </pre>
 *
 * <p>One {@link PageServer#paged local server} serves a list of {@code --pages} distinct full R1
 * pages (50 entries each, the spec's shape). A pass streams the whole list, either through the public
 * {@code RelationClient.followers(vmid)} (cookie-signed {@code BiliClient}, no rate limit) or through
 * {@link Clients.Raw} (one pooled Reactor Netty {@code HttpClient}, one prepared Jackson reader, the
 * same records). {@code seq}: one stream (one page in flight). {@code batch}: 8 streams at once
 * (8 pages in flight). The two sides alternate pass by pass (which goes first alternates too), after
 * {@code --warmup} passes of each. Per pass: the wall time, and the CPU time and the bytes allocated
 * by every thread but the server's ({@code com.sun.management.ThreadMXBean}), divided by the pages.
 * Every pass checks the entry count and the sum of mids (nothing lost or repeated).
 *
 * <p>Printed: the load average, the median of the per-pair ratios biliflux/raw of pages per second
 * (higher is better for biliflux, 1.00 = as fast), of CPU per page and of allocation per page (lower
 * is better), with the pooled totals.
 */
public final class StreamComparison {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private StreamComparison() {
    }

    public static void main(String[] args) throws Exception {
        int pages = 200;
        int warmup = 300;
        int passes = 40;
        String mode = "both";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--mode" -> mode = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        THREADS.setThreadCpuTimeEnabled(true);
        try (PageServer server = PageServer.paged(pages);
             BiliClient bili = Clients.bili(server.baseUri());
             Clients.Raw raw = new Clients.Raw(server.baseUri())) {
            RelationClient relation = RelationClient.of(bili);
            System.out.printf(Locale.ROOT, "java %s, %d cores, %d pages x %d entries, %d warm-up passes, %d measured%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), pages,
                    FollowersPage.SIZE, warmup, passes);
            for (int streams : mode.equals("both") ? new int[] {1, 8} : mode.equals("seq") ? new int[] {1} : new int[] {8}) {
                run(streams, pages, warmup, passes, relation, raw);
            }
        }
    }

    /** The two sides of one comparison: a pass of {@code streams} concurrent streams of the whole list. */
    static Side biliSide(RelationClient relation, int streams) {
        return new Side("biliflux", () -> Flux.range(0, streams)
                .flatMap(k -> relation.followers(FollowersPage.VMID + k).map(RelationUser::mid), streams)
                .reduce(0L, Long::sum).block(Duration.ofMinutes(2)));
    }

    static Side rawSide(Clients.Raw raw, int streams, int pages) {
        return new Side("raw", () -> Flux.range(0, streams)
                .flatMap(k -> raw.followers(FollowersPage.VMID + k, pages).map(RelationUser::mid), streams)
                .reduce(0L, Long::sum).block(Duration.ofMinutes(2)));
    }

    /** One side: a pass returns the sum of the mids it received. */
    record Side(String name, LongSupplier pass) {
    }

    /** Wall ns, CPU ns and allocated bytes of one pass. */
    record Sample(long wallNs, long cpuNs, long bytes) {
    }

    private static void run(int streams, int pages, int warmup, int passes, RelationClient relation, Clients.Raw raw) {
        Side b = biliSide(relation, streams);
        Side r = rawSide(raw, streams, pages);
        long expected = 0;
        for (int pn = 1; pn <= pages; pn++) {
            for (int i = 0; i < FollowersPage.SIZE; i++) {
                expected += 1_000_000_000L + (long) pn * FollowersPage.SIZE + i;
            }
        }
        expected *= streams;
        for (int i = 0; i < warmup; i++) {
            check(b, b.pass().getAsLong(), expected);
            check(r, r.pass().getAsLong(), expected);
        }
        List<Sample> bs = new ArrayList<>();
        List<Sample> rs = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            if (i % 2 == 0) {
                bs.add(measure(b, expected));
                rs.add(measure(r, expected));
            } else {
                rs.add(measure(r, expected));
                bs.add(measure(b, expected));
            }
        }
        double[] speed = new double[passes];
        double[] cpu = new double[passes];
        double[] alloc = new double[passes];
        for (int i = 0; i < passes; i++) {
            speed[i] = (double) rs.get(i).wallNs() / bs.get(i).wallNs();
            cpu[i] = (double) bs.get(i).cpuNs() / rs.get(i).cpuNs();
            alloc[i] = (double) bs.get(i).bytes() / rs.get(i).bytes();
        }
        long totalPages = (long) pages * streams * passes;
        System.out.printf(Locale.ROOT, "%n%s (%d stream%s, %d pages in flight), load average %s%n",
                streams == 1 ? "sequential" : "batches of " + streams, streams, streams == 1 ? "" : "s", streams, loadAverage());
        System.out.printf(Locale.ROOT, "  throughput biliflux/raw  median %.2fx  (pooled %.2fx; %,.0f vs %,.0f pages/s)%n",
                median(speed), sum(rs, Sample::wallNs) / sum(bs, Sample::wallNs),
                totalPages / (sum(bs, Sample::wallNs) / 1e9), totalPages / (sum(rs, Sample::wallNs) / 1e9));
        System.out.printf(Locale.ROOT, "  CPU per page biliflux/raw median %.2fx  (pooled %.2fx; %.1f vs %.1f us)%n",
                median(cpu), sum(bs, Sample::cpuNs) / sum(rs, Sample::cpuNs),
                sum(bs, Sample::cpuNs) / totalPages / 1e3, sum(rs, Sample::cpuNs) / totalPages / 1e3);
        System.out.printf(Locale.ROOT, "  alloc per page biliflux/raw median %.2fx  (pooled %.2fx; %.1f vs %.1f KB)%n",
                median(alloc), sum(bs, Sample::bytes) / sum(rs, Sample::bytes),
                sum(bs, Sample::bytes) / totalPages / 1024, sum(rs, Sample::bytes) / totalPages / 1024);
    }

    private static Sample measure(Side side, long expected) {
        long[] before = clientThreads();
        long cpu0 = cpu(before);
        long bytes0 = allocated(before);
        long t0 = System.nanoTime();
        long sum = side.pass().getAsLong();
        long wall = System.nanoTime() - t0;
        long[] after = clientThreads();
        check(side, sum, expected);
        // Threads are long-lived event loops (and main): the same set before and after.
        return new Sample(wall, cpu(after) - cpu0, allocated(after) - bytes0);
    }

    private static void check(Side side, long sum, long expected) {
        if (sum != expected) {
            throw new IllegalStateException(side.name() + " received mids summing to " + sum + ", expected " + expected);
        }
    }

    /** Every live thread but the server's. */
    static long[] clientThreads() {
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        return Arrays.stream(infos)
                .filter(t -> t != null && !t.getThreadName().startsWith(PageServer.THREAD_PREFIX))
                .mapToLong(ThreadInfo::getThreadId).toArray();
    }

    private static long cpu(long[] ids) {
        return Arrays.stream(THREADS.getThreadCpuTime(ids)).filter(v -> v > 0).sum();
    }

    private static long allocated(long[] ids) {
        return Arrays.stream(THREADS.getThreadAllocatedBytes(ids)).filter(v -> v > 0).sum();
    }

    private static double sum(List<Sample> s, java.util.function.ToLongFunction<Sample> f) {
        return s.stream().mapToLong(f).sum();
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    static String loadAverage() {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
            String[] p = s.split(" ");
            return p[0] + " " + p[1] + " " + p[2];
        } catch (java.io.IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
