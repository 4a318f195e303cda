package io.github.biliflux.core;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal proxy on a raw loopback ServerSocket, HTTP ({@code CONNECT} tunnels) or SOCKS5
 * (no auth or user/password), that records the target of every tunnel it opened and the user
 * names it was given. Test-only: one thread per direction, every socket closed by {@link #close()}.
 */
final class TestProxy implements AutoCloseable {

    enum Kind { HTTP, SOCKS5 }

    private final Kind kind;
    private final ServerSocket server;
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private final List<String> users = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TestProxy(Kind kind) throws IOException {
        this.kind = kind;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "test-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    static TestProxy start(Kind kind) {
        try {
            return new TestProxy(kind);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** {@code host:port} of every tunnel opened, in order. */
    List<String> targets() {
        return targets;
    }

    /** User names received (Proxy-Authorization or SOCKS5 user/password). */
    List<String> users() {
        return users;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                sockets.add(s);
                daemon(() -> handle(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String target = kind == Kind.HTTP ? httpConnect(in, out) : socks5(new DataInputStream(in), out);
            if (target == null) {
                client.close();
                return;
            }
            int colon = target.lastIndexOf(':');
            Socket upstream = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
            sockets.add(upstream);
            targets.add(target);
            if (kind == Kind.HTTP) {
                out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(new byte[] {5, 0, 0, 1, 0, 0, 0, 0, 0, 0});
            }
            out.flush();
            daemon(() -> pipe(upstream, client));
            pipe(client, upstream);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private String httpConnect(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
        String[] first = lines[0].split(" ");
        if (!first[0].equals("CONNECT")) {
            out.write("HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return null;
        }
        for (String l : lines) {
            if (l.toLowerCase().startsWith("proxy-authorization: basic ")) {
                String decoded = new String(java.util.Base64.getDecoder().decode(l.substring(27).trim()), StandardCharsets.UTF_8);
                users.add(decoded.substring(0, decoded.indexOf(':')));
            }
        }
        return first[1];
    }

    private String socks5(DataInputStream in, OutputStream out) throws IOException {
        if (in.readUnsignedByte() != 5) {
            return null;
        }
        byte[] methods = new byte[in.readUnsignedByte()];
        in.readFully(methods);
        boolean userPass = false;
        for (byte m : methods) {
            userPass |= m == 2;
        }
        out.write(new byte[] {5, (byte) (userPass ? 2 : 0)});
        out.flush();
        if (userPass) {
            in.readUnsignedByte();
            byte[] user = new byte[in.readUnsignedByte()];
            in.readFully(user);
            byte[] pass = new byte[in.readUnsignedByte()];
            in.readFully(pass);
            users.add(new String(user, StandardCharsets.UTF_8));
            out.write(new byte[] {1, 0});
            out.flush();
        }
        in.readUnsignedByte(); // version
        int cmd = in.readUnsignedByte();
        in.readUnsignedByte(); // reserved
        int atyp = in.readUnsignedByte();
        String host;
        if (atyp == 1) {
            byte[] a = new byte[4];
            in.readFully(a);
            host = InetAddress.getByAddress(a).getHostAddress();
        } else if (atyp == 3) {
            byte[] name = new byte[in.readUnsignedByte()];
            in.readFully(name);
            host = new String(name, StandardCharsets.US_ASCII);
        } else {
            byte[] a = new byte[16];
            in.readFully(a);
            host = InetAddress.getByAddress(a).getHostAddress();
        }
        int port = in.readUnsignedShort();
        return cmd == 1 ? host + ":" + port : null;
    }

    private static void pipe(Socket from, Socket to) {
        byte[] buf = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buf)) != -1) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: close both below
        }
        closeQuietly(from);
        closeQuietly(to);
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "test-proxy-io");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        sockets.forEach(TestProxy::closeQuietly);
    }
}
