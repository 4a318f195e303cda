package io.github.biliflux.examples;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw socket server on loopback, for the tests where how the peer behaves is the point: a daemon
 * thread accepts, each connection is served on its own daemon thread by {@link #serve(Socket)}, and
 * {@link #close()} closes the server and every socket in {@link #connections}. A subclass calls
 * {@link #start(String)} last in its constructor, once its own fields are set.
 */
abstract class LoopbackServer implements AutoCloseable {

    /** The sockets accepted, and any a subclass opens on their behalf: all closed by {@link #close()}. */
    final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final ServerSocket server;

    LoopbackServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** Starts accepting; threads are named after {@code name}. */
    final void start(String name) {
        Thread t = new Thread(() -> accept(name), name + "-accept");
        t.setDaemon(true);
        t.start();
    }

    /** Serves one accepted connection (on its own thread). */
    abstract void serve(Socket s);

    int port() {
        return server.getLocalPort();
    }

    private void accept(String name) {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.add(s);
                Thread t = new Thread(() -> serve(s), name);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.forEach(LoopbackServer::closeQuietly);
    }
}
