package io.github.biliflux.core;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

/**
 * A proxy every request of a {@link BiliClient} goes through: an HTTP proxy (tunnelling with
 * {@code CONNECT}) or a SOCKS5 proxy, optionally with a user name and password, and the hosts
 * reached directly ({@link #nonProxyHosts(String...)}). Immutable; {@code toString()} never
 * shows the password.
 *
 * <pre>{@code
 * BiliClient.builder().proxy(ProxyConfig.socks5("127.0.0.1", 1080).nonProxyHosts("localhost", "*.internal"))
 * }</pre>
 */
public final class ProxyConfig {

    /** The proxy protocol. */
    public enum Type {
        /** An HTTP proxy; every connection is a {@code CONNECT} tunnel. */
        HTTP,
        /** A SOCKS5 proxy. */
        SOCKS5
    }

    private final Type type;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final List<String> nonProxyHosts;
    private final List<Pattern> bypass;

    private ProxyConfig(Type type, String host, int port, String username, String password, List<String> nonProxyHosts) {
        this.type = type;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.nonProxyHosts = List.copyOf(nonProxyHosts);
        this.bypass = this.nonProxyHosts.stream().map(ProxyConfig::glob).toList();
    }

    /**
     * An HTTP proxy.
     * @param host the proxy's host name or address
     * @param port the proxy's port, 1..65535
     * @return the proxy, with no credentials and no host reached directly
     */
    public static ProxyConfig http(String host, int port) {
        return of(Type.HTTP, host, port);
    }

    /**
     * A SOCKS5 proxy.
     * @param host the proxy's host name or address
     * @param port the proxy's port, 1..65535
     * @return the proxy, with no credentials and no host reached directly
     */
    public static ProxyConfig socks5(String host, int port) {
        return of(Type.SOCKS5, host, port);
    }

    private static ProxyConfig of(Type type, String host, int port) {
        Check.notBlank("host", host);
        Check.range("port", port, 1, 65535);
        return new ProxyConfig(type, host, port, null, null, List.of());
    }

    /**
     * The same proxy, logging in as {@code username}.
     * @param username the user name, not blank
     * @param password the password, not null (never logged, never in {@code toString()})
     * @return a copy with these credentials
     */
    public ProxyConfig credentials(String username, String password) {
        Check.notBlank("username", username);
        Check.notNull("password", password);
        return new ProxyConfig(type, host, port, username, password, nonProxyHosts);
    }

    /**
     * The same proxy, bypassed for the hosts matching one of {@code patterns}: a host name or
     * address, {@code *} standing for any characters ({@code "localhost"}, {@code "*.internal"},
     * {@code "10.*"}), compared without case, as in Java's {@code http.nonProxyHosts}.
     * @param patterns the hosts reached directly; replaces any given before
     * @return a copy with these bypass patterns
     */
    public ProxyConfig nonProxyHosts(String... patterns) {
        Objects.requireNonNull(patterns, "patterns");
        for (String p : patterns) {
            Check.notBlank("nonProxyHosts pattern", p);
        }
        return new ProxyConfig(type, host, port, username, password, List.of(patterns));
    }

    /**
     * The protocol.
     * @return HTTP or SOCKS5
     */
    public Type type() {
        return type;
    }

    /**
     * The proxy's host.
     * @return the host name or address
     */
    public String host() {
        return host;
    }

    /**
     * The proxy's port.
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The patterns of hosts reached directly.
     * @return the patterns, in the order given
     */
    public List<String> nonProxyHosts() {
        return nonProxyHosts;
    }

    /**
     * Whether a connection to {@code targetHost} goes around the proxy.
     * @param targetHost a host name or address
     * @return whether a {@link #nonProxyHosts(String...)} pattern matches it
     */
    public boolean bypasses(String targetHost) {
        String h = targetHost.toLowerCase(Locale.ROOT);
        for (Pattern p : bypass) {
            if (p.matcher(h).matches()) {
                return true;
            }
        }
        return false;
    }

    HttpClient applyTo(HttpClient http) {
        return http.proxy(spec -> {
            ProxyProvider.Builder b = spec
                    .type(type == Type.HTTP ? ProxyProvider.Proxy.HTTP : ProxyProvider.Proxy.SOCKS5)
                    .host(host)
                    .port(port)
                    .nonProxyHostsPredicate(this::bypasses);
            if (username != null) {
                String secret = password;
                b.username(username).password(u -> secret);
            }
        });
    }

    private boolean bypasses(SocketAddress target) {
        if (bypass.isEmpty()) {
            return false;
        }
        return target instanceof InetSocketAddress a && bypasses(a.getHostString());
    }

    private static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        String[] parts = pattern.toLowerCase(Locale.ROOT).split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            re.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString());
    }

    @Override
    public String toString() {
        return "ProxyConfig[" + type + " " + host + ":" + port
                + (username == null ? "" : ", user " + username + ", password <redacted>")
                + (nonProxyHosts.isEmpty() ? "" : ", direct to " + nonProxyHosts) + "]";
    }
}
