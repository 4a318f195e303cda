package io.github.biliflux.benchmarks;

import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The multi-process case: {@code processes} JVMs ({@link MultiProcessWorker}) x {@code streams}
 * streams each, on one Redis budget key of {@code rate}/s, against one in-process emulator whose
 * {@code faults().rateThreshold(threshold)} answers HTTP 412 above {@code threshold} requests in any
 * sliding second (default rate + 10%, at least rate + 2). Reports per cell the combined rate (in the
 * run's middle, half a second off each end), the 412s (the emulator's journal), and the p50/p99 wait
 * for a permit (the reservation's round trip to Redis plus the wait it returned).
 *
 * <pre>
 * StreamHarness --processes 1,2,4 --streams 1,4 --rate 20 [--threshold 22] [--seconds 10] [--redis-server redis-server]
 * </pre>
 * It starts its own {@code redis-server} on a free loopback port, persistence off.
 */
public final class MultiProcessHarness {

    private MultiProcessHarness() {
    }

    /** One answer a worker saw. */
    record Answer(String kind, long atMillis, long waitMicros) {
    }

    /**
     * Runs the matrix (see the class comment).
     *
     * @param args the options
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        List<Integer> processes = List.of(1, 2, 4);
        List<Integer> streams = List.of(1, 4);
        int rate = 20;
        int threshold = -1;
        int seconds = 10;
        String redisBinary = "redis-server";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--processes" -> processes = ints(args[++i]);
                case "--streams" -> streams = ints(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--threshold" -> threshold = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--redis-server" -> redisBinary = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: --processes 1,2,4 --streams 1,4 --rate N [--threshold T] [--seconds S]");
            }
        }
        int t = threshold > 0 ? threshold : rate + Math.max(2, (int) Math.ceil(rate * 0.1));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process redis = new ProcessBuilder(redisBinary, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BiliEmulator emu = BiliEmulator.start(World.demo())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!"+PONG".equals(redisCommand(port, "PING"))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("redis-server did not start");
                }
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            World.Session session = emu.world().session(World.DEMO_MID);
            System.out.printf(Locale.ROOT, "java %s, %d CPUs; budget %d/s on one Redis key, emulator threshold %d/s, %d s per cell%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), rate, t, seconds);
            System.out.println();
            System.out.println("| processes x streams | requests | combined rate (/s) | rate / limit | 412s | permit wait p50 (ms) | p99 (ms) |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (int p : processes) {
                for (int s : streams) {
                    redisCommand(port, "FLUSHALL");
                    emu.faults().clear().rateThreshold(t);
                    emu.journal().clear();
                    List<Answer> answers = run(p, List.of("redis://127.0.0.1:" + port, emu.baseUri().toString(), session.sessdata(),
                            session.biliJct(), Long.toString(session.mid()), Integer.toString(rate), Integer.toString(s), Integer.toString(seconds)));
                    long gateway412 = emu.journal().entries().stream().filter(e -> e.httpStatus() == 412).count();
                    List<Answer> ok = answers.stream().filter(a -> a.kind().equals("ok")).toList();
                    double combined = middleRate(ok);
                    long[] waits = answers.stream().mapToLong(Answer::waitMicros).sorted().toArray();
                    System.out.printf(Locale.ROOT, "| %d x %d | %,d | %.2f | %.3f | %d | %.1f | %.1f |%n", p, s, answers.size(), combined,
                            combined / rate, gateway412, percentile(waits, 0.50) / 1000.0, percentile(waits, 0.99) / 1000.0);
                }
            }
        } finally {
            redis.destroyForcibly();
        }
        System.exit(0);
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    static double middleRate(List<Answer> ok) {
        if (ok.size() < 2) {
            return 0;
        }
        long first = ok.stream().mapToLong(Answer::atMillis).min().orElseThrow() + 500;
        long last = ok.stream().mapToLong(Answer::atMillis).max().orElseThrow() - 500;
        long inside = ok.stream().filter(a -> a.atMillis() >= first && a.atMillis() < last).count();
        return inside * 1000.0 / (last - first);
    }

    static long percentile(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static List<Answer> run(int n, List<String> args) throws Exception {
        List<Answer> answers = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch done = new CountDownLatch(n);
        List<Process> procs = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), MultiProcessWorker.class.getName()));
                cmd.addAll(args);
                Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                procs.add(p);
                Thread reader = new Thread(() -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            if (line.equals("ready")) {
                                ready.countDown();
                            } else if (line.equals("done")) {
                                done.countDown();
                            } else {
                                String[] w = line.split(" ");
                                answers.add(new Answer(w[0], Long.parseLong(w[1]), Long.parseLong(w[2])));
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // the worker ended
                    }
                });
                reader.setDaemon(true);
                reader.start();
            }
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("workers not ready");
            }
            for (Process p : procs) {
                p.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().flush();
            }
            if (!done.await(300, TimeUnit.SECONDS)) {
                throw new IllegalStateException("workers not done");
            }
            return answers;
        } finally {
            procs.forEach(Process::destroyForcibly);
        }
    }

    static String redisCommand(int port, String... words) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2000);
            StringBuilder req = new StringBuilder("*" + words.length + "\r\n");
            for (String w : words) {
                req.append('$').append(w.length()).append("\r\n").append(w).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\r') {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException e) {
            return null;
        }
    }
}
