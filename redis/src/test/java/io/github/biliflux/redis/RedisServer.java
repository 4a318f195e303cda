package io.github.biliflux.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} of the test's own on a free loopback port, persistence off. When the
 * binary is missing the test is skipped, unless {@code CI} is set: then it fails (CI installs it).
 */
final class RedisServer implements AutoCloseable {

    private final int port;
    private Process process;

    private RedisServer(int port) {
        this.port = port;
    }

    /** Starts a server on a free port and waits (at most 10 s) until it answers PING. */
    static RedisServer start() {
        String binary = binary();
        if (binary == null) {
            String msg = "redis-server is not installed (.ci/run installs it: apt-get install -y redis-server)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(msg);
            }
            Assumptions.abort(msg);
        }
        RedisServer s = new RedisServer(freePort());
        s.binary = binary;
        s.restart();
        return s;
    }

    private String binary;

    /** Starts (again) on the same port. */
    void restart() {
        try {
            process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--protected-mode", "yes")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + binary, e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!"+PONG".equals(command("PING"))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                close();
                throw new IllegalStateException("redis-server did not answer PING on port " + port);
            }
            // Polls a child process's readiness, bounded by the deadline above.
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** Stops the server (as a crash would: no goodbye to the clients). */
    void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Freezes the server (SIGSTOP): connections stay open, nothing answers, as a hung or swapping Redis. */
    void freeze() {
        signal("-STOP");
    }

    /** Lets a frozen server go on (SIGCONT). */
    void thaw() {
        signal("-CONT");
    }

    private void signal(String sig) {
        try {
            new ProcessBuilder("kill", sig, Long.toString(process.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The port. */
    int port() {
        return port;
    }

    /** The URI clients connect to. */
    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** One inline command's first reply line, or null when the server does not answer. */
    String command(String... words) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2000);
            StringBuilder req = new StringBuilder("*" + words.length + "\r\n");
            for (String w : words) {
                req.append('$').append(w.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(w).append("\r\n");
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

    /** The number of keys in the database. */
    long dbSize() {
        String r = command("DBSIZE");
        return Long.parseLong(r.substring(1));
    }

    @Override
    public void close() {
        stop();
    }

    private static String binary() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin:/usr/local/bin:/usr/sbin").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "redis-server");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
