package io.github.biliflux.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Child JVMs running {@link BudgetWorker} (or any main class) on the test classpath, and what they print. */
final class Fleet implements AutoCloseable {

    /** One answer a worker saw. */
    record Answer(int worker, String kind, long atMillis, long latencyMicros) {
    }

    final List<Answer> answers = new CopyOnWriteArrayList<>();
    final List<Process> processes = new ArrayList<>();
    private final CountDownLatch ready;
    private final CountDownLatch done;
    private volatile Consumer<Answer> listener = a -> { };

    private Fleet(int n) {
        ready = new CountDownLatch(n);
        done = new CountDownLatch(n);
    }

    /** Starts {@code n} JVMs of {@code mainClass} with the arguments {@code args}. */
    static Fleet start(int n, Class<?> mainClass, List<String> args) {
        Fleet f = new Fleet(n);
        for (int i = 0; i < n; i++) {
            f.spawn(i, mainClass, args);
        }
        return f;
    }

    static ProcessBuilder java(Class<?> mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    private void spawn(int index, Class<?> mainClass, List<String> args) {
        Process p;
        try {
            p = java(mainClass, args).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        processes.add(p);
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
                        Answer a = new Answer(index, w[0], Long.parseLong(w[1]), Long.parseLong(w[2]));
                        answers.add(a);
                        listener.accept(a);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended
            }
        }, "fleet-" + index);
        reader.setDaemon(true);
        reader.start();
    }

    /** Calls {@code l} with each answer as it arrives. */
    void onAnswer(Consumer<Answer> l) {
        this.listener = l;
    }

    /** Waits (bounded) until every worker is ready, then tells them all to go. */
    void go() throws IOException, InterruptedException {
        if (!ready.await(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("workers not ready within 90 s");
        }
        for (Process p : processes) {
            OutputStream o = p.getOutputStream();
            o.write("go\n".getBytes(StandardCharsets.UTF_8));
            o.flush();
        }
    }

    /** Waits (bounded) until every worker said done. */
    void awaitDone(long seconds) throws InterruptedException {
        if (!done.await(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("workers not done within " + seconds + " s");
        }
    }

    List<Answer> of(String kind) {
        return answers.stream().filter(a -> a.kind().equals(kind)).toList();
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
    }
}
