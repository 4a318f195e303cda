package io.github.biliflux.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 for peers that misbehave below what Reactor Netty's
 * HttpServer can do: dripping a byte at a time, endless {@code 100 Continue}, bodies without end.
 * It reads one request per connection, records it, lets the handler write whatever bytes it
 * likes, and counts every byte it managed to write.
 */
final class RawServer implements AutoCloseable {

    /** A request as read from the socket. */
    record Request(String method, String path, String query, Map<String, String> headers, String body) {
    }

    /** Writes the answer (or not). The connection closes when it returns. */
    interface Handler {
        void handle(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-server");
        t.setDaemon(true);
        return t;
    });
    /** For handlers that pace their writes. */
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "raw-server-timer");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    /** Bytes of answers written to clients. */
    final AtomicLong written = new AtomicLong();

    RawServer() throws IOException {
        socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        connections.execute(this::acceptLoop);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    RawServer on(String path, Handler h) {
        handlers.put(path, h);
        return this;
    }

    List<Request> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                open.add(s);
                connections.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            Request r = read(s.getInputStream());
            if (r == null) {
                return;
            }
            received.add(r);
            Handler h = handlers.getOrDefault(r.path(), (req, out) -> write(out, ok("null")));
            h.handle(r, new CountingStream(s.getOutputStream()));
        } catch (IOException | InterruptedException e) {
            // the client hung up: that is what most tests here provoke
        } finally {
            open.remove(s);
        }
    }

    private static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] start = lines[0].split(" ");
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            if (c > 0) {
                headers.put(lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        URI u = URI.create(start[1]);
        return new Request(start[0], u.getRawPath(), u.getRawQuery() == null ? "" : u.getRawQuery(), headers,
                new String(body, StandardCharsets.UTF_8));
    }

    /** A complete JSON answer with the API envelope around {@code data}. */
    static String ok(String data) {
        return json("{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":" + data + "}");
    }

    /** A complete 200 answer with {@code body} as JSON. */
    static String json(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + b.length
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes {@code s} one byte every {@code millis} ms (paced by the timer, not by sleeping in a test). */
    void drip(OutputStream out, String s, long millis) throws InterruptedException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (byte x : b) {
            var f = timer.schedule(() -> {
                out.write(x);
                out.flush();
                return null;
            }, millis, TimeUnit.MILLISECONDS);
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                return; // the client hung up
            }
        }
    }

    private final class CountingStream extends OutputStream {
        private final OutputStream out;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written.addAndGet(len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
        connections.shutdownNow();
        timer.shutdownNow();
    }
}
