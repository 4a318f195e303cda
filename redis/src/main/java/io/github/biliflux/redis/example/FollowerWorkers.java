package io.github.biliflux.redis.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.BudgetKey;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Page;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.redis.RedisRateBudget;
import io.github.biliflux.redis.WhenUnavailable;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationUser;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The shape of a scaled-out crawl: a coordinator splits a list of mids across worker processes
 * that share one rate budget on Redis, and each worker writes each mid's follower list (R1) to
 * {@code <out>/<mid>.ndjson}, one JSON object per line. Resumable: after every page a worker
 * records the page number and the file's length in {@code <mid>.progress}; a worker that dies is
 * replaced, and the replacement cuts the file back to the recorded length and resumes with
 * {@code byPage(lastPage + 1)}, so no entry is written twice and no page is fetched from the start
 * again. {@code <mid>.done} marks a finished list (with "truncated" when the service capped it).
 *
 * <pre>
 * redis-server --port 6379 --save "" --appendonly no &amp;
 * BILI_COOKIE='SESSDATA=...; bili_jct=...; DedeUserID=...' java -cp ... io.github.biliflux.redis.example.FollowerWorkers \
 *     --redis redis://127.0.0.1:6379 --out followers --workers 4 --rate 4 --mids 2,3,5,7,11
 * </pre>
 *
 * <p>Options: {@code --base URL} points every host at one server (an emulator); {@code --rate} is
 * the combined requests per second of all workers. While Redis is away each worker keeps to
 * {@code 1/workers} of the rate on its own.
 */
public final class FollowerWorkers {

    /** How often a worker that keeps dying is replaced before the coordinator gives up. */
    static final int MAX_RESTARTS = 3;

    /**
     * The parsed options.
     *
     * @param redis   the Redis URI
     * @param base    the one base URI of every host, or null for the live service
     * @param out     the output directory
     * @param workers the number of worker processes, 1..64
     * @param rate    the combined requests per second, 1..100
     * @param mids    the mids to fetch the followers of
     */
    public record Options(String redis, URI base, Path out, int workers, int rate, List<Long> mids) {

        /**
         * Validates the options.
         *
         * @param redis   the Redis URI
         * @param base    the one base URI of every host, or null for the live service
         * @param out     the output directory
         * @param workers the number of worker processes, 1..64
         * @param rate    the combined requests per second, 1..100
         * @param mids    the mids to fetch the followers of
         */
        public Options {
            if (workers < 1 || workers > 64) {
                throw new IllegalArgumentException("--workers must be in 1..64, was " + workers);
            }
            if (rate < 1 || rate > 100) {
                throw new IllegalArgumentException("--rate must be in 1..100, was " + rate);
            }
            mids = List.copyOf(mids);
            if (mids.isEmpty() || mids.stream().anyMatch(m -> m <= 0)) {
                throw new IllegalArgumentException("--mids must be a non-empty list of positive mids");
            }
        }

        List<String> args() {
            List<String> a = new ArrayList<>(List.of("--redis", redis, "--out", out.toString(), "--workers", Integer.toString(workers),
                    "--rate", Integer.toString(rate), "--mids", String.join(",", mids.stream().map(String::valueOf).toList())));
            if (base != null) {
                a.addAll(List.of("--base", base.toString()));
            }
            return a;
        }

        /** The mids of worker {@code index}: every {@code workers}-th from {@code index}. */
        List<Long> slice(int index) {
            List<Long> s = new ArrayList<>();
            for (int i = index; i < mids.size(); i += workers) {
                s.add(mids.get(i));
            }
            return s;
        }
    }

    private FollowerWorkers() {
    }

    /**
     * Runs the coordinator, or with {@code --worker <index>} one worker.
     *
     * @param args the options (see the class comment)
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int w = a.indexOf("--worker");
        Options o = parse(a);
        if (w >= 0) {
            work(o, Integer.parseInt(a.get(w + 1)));
            System.exit(0);
        }
        System.exit(coordinate(o));
    }

    static Options parse(List<String> a) {
        String redis = value(a, "--redis", "redis://127.0.0.1:6379");
        String base = value(a, "--base", null);
        List<Long> mids = Arrays.stream(value(a, "--mids", "").split(",")).filter(s -> !s.isBlank()).map(Long::parseLong).toList();
        return new Options(redis, base == null ? null : URI.create(base), Path.of(value(a, "--out", "followers")),
                Integer.parseInt(value(a, "--workers", "2")), Integer.parseInt(value(a, "--rate", "4")), mids);
    }

    private static String value(List<String> a, String name, String fallback) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : fallback;
    }

    /**
     * Starts the workers as child JVMs on this JVM's classpath and replaces any that dies, at most
     * {@link #MAX_RESTARTS} times each.
     *
     * @param o the options
     * @return 0 when every worker finished, 1 otherwise
     * @throws IOException when a worker cannot be started
     * @throws InterruptedException when interrupted
     */
    public static int coordinate(Options o) throws IOException, InterruptedException {
        Files.createDirectories(o.out());
        Process[] running = new Process[o.workers()];
        int[] restarts = new int[o.workers()];
        for (int i = 0; i < o.workers(); i++) {
            running[i] = start(o, i);
        }
        int left = o.workers();
        int status = 0;
        while (left > 0) {
            for (int i = 0; i < running.length; i++) {
                Process p = running[i];
                if (p == null || !p.waitFor(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                if (p.exitValue() == 0) {
                    running[i] = null;
                    left--;
                } else if (restarts[i]++ < MAX_RESTARTS) {
                    System.err.println("worker " + i + " died (exit " + p.exitValue() + "), replacing it");
                    running[i] = start(o, i);
                } else {
                    System.err.println("worker " + i + " died " + restarts[i] + " times, giving up on it");
                    running[i] = null;
                    left--;
                    status = 1;
                }
            }
        }
        return status;
    }

    private static Process start(Options o, int index) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FollowerWorkers.class.getName(), "--worker", Integer.toString(index)));
        cmd.addAll(o.args());
        return new ProcessBuilder(cmd).inheritIO().start();
    }

    /**
     * One worker: the followers of each mid of its slice, resumed where an earlier worker stopped.
     *
     * @param o     the options
     * @param index the worker's index
     * @throws IOException when the output cannot be written
     */
    public static void work(Options o, int index) throws IOException {
        // Who is worker i now, for operators (and for the test that kills one).
        Files.writeString(o.out().resolve("worker-" + index + ".pid"), ProcessHandle.current().pid() + "\n");
        String cookie = System.getenv("BILI_COOKIE");
        try (RedisRateBudget budget = RedisRateBudget.builder(o.redis())
                .whenUnavailable(WhenUnavailable.localShare(1.0 / o.workers())).build();
             BiliClient bili = BiliClient.builder()
                     .endpoints(o.base() == null ? Endpoints.production() : Endpoints.singleBase(o.base()))
                     .credentials(cookie == null || cookie.isBlank() ? Credentials.none() : Credentials.parseCookieHeader(cookie))
                     .rateLimit(RateLimit.perSecond(o.rate()))
                     .rateBudget(budget).budgetKey(BudgetKey.named("followers"))
                     .build()) {
            RelationClient relation = RelationClient.of(bili);
            for (long mid : o.slice(index)) {
                fetch(relation, o.out(), mid);
            }
        }
    }

    private static void fetch(RelationClient relation, Path out, long mid) throws IOException {
        Path done = out.resolve(mid + ".done");
        if (Files.exists(done)) {
            return;
        }
        Path file = out.resolve(mid + ".ndjson");
        Path progress = out.resolve(mid + ".progress");
        long[] last = readProgress(progress); // {page, length}
        ObjectMapper json = new ObjectMapper();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.truncate(last[1]); // what a dead worker wrote after its last recorded page goes
            ch.position(last[1]);
            boolean truncated = relation.followers(mid).byPage((int) last[0] + 1)
                    .concatMap(page -> Mono.fromCallable(() -> write(ch, json, page, progress)).subscribeOn(Schedulers.boundedElastic()))
                    .reduce(false, (t, page) -> page.truncated())
                    .block();
            Files.writeString(done, truncated ? "truncated\n" : "complete\n");
        }
    }

    private static Page<RelationUser> write(FileChannel ch, ObjectMapper json, Page<RelationUser> page, Path progress) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (RelationUser u : page.items()) {
            ObjectNode n = json.createObjectNode();
            n.put("mid", u.mid()).put("uname", u.uname()).put("attribute", u.attribute())
                    .put("mtime", u.mtime().getEpochSecond()).put("sign", u.sign());
            lines.append(json.writeValueAsString(n)).append('\n');
        }
        ch.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
        ch.force(false);
        // The page and the length together, replaced atomically: a resume never sees one without the other.
        Path tmp = progress.resolveSibling(progress.getFileName() + ".tmp");
        Files.writeString(tmp, page.number() + " " + ch.position() + "\n");
        Files.move(tmp, progress, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return page;
    }

    static long[] readProgress(Path progress) throws IOException {
        if (!Files.exists(progress)) {
            return new long[] {0, 0};
        }
        String[] w = Files.readString(progress).trim().split(" ");
        return new long[] {Long.parseLong(w[0]), Long.parseLong(w[1])};
    }
}
