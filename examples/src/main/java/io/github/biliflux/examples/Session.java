package io.github.biliflux.examples;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

/**
 * The client a command runs with: the live service (or {@code --base-url}) when {@code BILI_COOKIE}
 * (a raw Cookie header) or {@code BILI_ACCESS_KEY} is set, otherwise an embedded BiliEmulator with
 * the demo world. {@link #configure} is the one place where the command-line options become client
 * settings.
 */
final class Session implements AutoCloseable {

    /** Requests per second on the embedded emulator, which needs no politeness. */
    static final int EMULATOR_RATE = 200;

    final BiliClient bili;
    final BiliEmulator emulator;
    /** The logged-in mid when known without asking (DedeUserID, the emulator), else 0. */
    final long knownMid;

    private final boolean ownsEmulator;

    private Session(BiliClient bili, BiliEmulator emulator, long knownMid, boolean ownsEmulator) {
        this.bili = bili;
        this.emulator = emulator;
        this.knownMid = knownMid;
        this.ownsEmulator = ownsEmulator;
    }

    /**
     * Opens a session; {@code shared}, when not null, is an emulator already running (the tests')
     * used instead of starting one. Validates every option before anything is started or sent.
     */
    static Session open(Map<String, String> env, CommonOptions o, PrintStream err, BiliEmulator shared) {
        return open(env, o, err, shared, s -> { });
    }

    /** As above; {@code notice} gets one line the first time a request fails on the wire (it is then retried where safe). */
    static Session open(Map<String, String> env, CommonOptions o, PrintStream err, BiliEmulator shared, Consumer<String> notice) {
        String cookie = env.getOrDefault("BILI_COOKIE", "");
        String accessKey = env.getOrDefault("BILI_ACCESS_KEY", "");
        URI base = baseUrl(o, env);
        boolean credentials = !cookie.isBlank() || !accessKey.isBlank();
        if (!o.emulator && (credentials || base != null)) {
            BiliClient.Builder b = BiliClient.builder();
            long mid = 0;
            if (!cookie.isBlank()) {
                Credentials.Cookie c = Credentials.parseCookieHeader(cookie);
                b.credentials(c);
                mid = c.dedeUserId();
            } else if (!accessKey.isBlank()) {
                b.credentials(Credentials.app(accessKey.strip(), AppKey.ANDROID));
            } else {
                err.println("biliflux: no BILI_COOKIE or BILI_ACCESS_KEY in the environment: calling " + base + " without logging in");
            }
            Endpoints endpoints = base != null ? Endpoints.singleBase(base) : Endpoints.production();
            b.endpoints(endpoints);
            configure(b, o, env, endpoints, false, notice);
            return new Session(b.build(), null, mid, false);
        }
        BiliClient.Builder b = BiliClient.builder();
        configure(b, o, env, null, true, notice);
        BiliEmulator emu = shared != null ? shared : BiliEmulator.start(World.demo());
        World.Session me = emu.world().session(World.DEMO_MID);
        err.println("biliflux: " + (o.emulator ? "--emulator" : "no BILI_COOKIE or BILI_ACCESS_KEY in the environment")
                + ": using the embedded emulator at " + emu.baseUri() + " (demo user " + me.mid() + ")");
        b.credentials(Credentials.cookie(me.sessdata(), me.biliJct(), me.mid()))
                .endpoints(Endpoints.singleBase(emu.baseUri()));
        return new Session(b.build(), emu, me.mid(), shared == null);
    }

    /** {@code --base-url}, else {@code BILI_BASE_URL}, else null (the live service). */
    static URI baseUrl(CommonOptions o, Map<String, String> env) {
        URI base = o.baseUrl;
        String name = "--base-url";
        if (base == null && !env.getOrDefault("BILI_BASE_URL", "").isBlank()) {
            name = "BILI_BASE_URL";
            try {
                base = new URI(env.get("BILI_BASE_URL").strip());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("BILI_BASE_URL must be an http or https URL such as http://127.0.0.1:8080, was '"
                        + env.get("BILI_BASE_URL") + "'");
            }
        }
        if (base == null) {
            return null;
        }
        try {
            Endpoints.singleBase(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be an http or https URL with a host and no path, such as "
                    + "http://127.0.0.1:8080, was '" + base + "'");
        }
        return base;
    }

    /**
     * The options as client settings, in one place: {@code --rate} as the per-host rate limit,
     * {@code --timeout} as the response timeout, {@code --proxy} (else the proxy environment, never
     * for the embedded emulator) as the Reactor Netty proxy.
     */
    static void configure(BiliClient.Builder b, CommonOptions o, Map<String, String> env, Endpoints endpoints, boolean embedded,
                          Consumer<String> notice) {
        if (o.rate != null) {
            if (o.rate < 1 || o.rate > 10_000) {
                throw new IllegalArgumentException("--rate must be in 1..10000 requests per second, was " + o.rate);
            }
            b.rateLimit(RateLimit.perSecond(o.rate));
        } else if (embedded) {
            b.rateLimit(RateLimit.perSecond(EMULATOR_RATE));
        }
        if (o.timeout != null) {
            b.responseTimeout(o.timeout);
        }
        Proxy proxy = o.proxy != null ? Proxy.parse("--proxy", o.proxy, List.of())
                : embedded ? null : Proxy.fromEnvironment(env, endpoints);
        AtomicBoolean told = new AtomicBoolean();
        BiConsumer<Object, Throwable> failed = (r, t) -> {
            if (told.compareAndSet(false, true)) {
                notice.accept("a request failed on the wire (" + Failures.reason(t) + "); reads are retried with backoff,"
                        + " changes only when they provably never left (--debug shows each attempt)");
            }
        };
        b.httpClient(h -> {
            HttpClient c = h.doOnRequestError(failed::accept).doOnResponseError(failed::accept);
            return proxy == null ? c : c.proxy(p -> proxy.apply(p));
        });
    }

    /**
     * An HTTP (CONNECT) or SOCKS5 proxy, and the hosts reached directly.
     *
     * @param type     HTTP or SOCKS5
     * @param host     the proxy's host
     * @param port     the proxy's port
     * @param username the user, or null
     * @param password the password, or null
     * @param noProxy  {@code NO_PROXY} entries: host names, {@code .domain} suffixes, or {@code *}
     */
    record Proxy(ProxyProvider.Proxy type, String host, int port, String username, String password, List<String> noProxy) {

        @Override
        public String toString() {
            return "Proxy[" + type + " " + host + ":" + port + (username == null ? "" : ", user set") + "]";
        }

        ProxyProvider.Builder apply(ProxyProvider.TypeSpec spec) {
            ProxyProvider.Builder p = spec.type(type).host(host).port(port).nonProxyHostsPredicate(direct());
            if (username != null) {
                p.username(username);
                String pw = password == null ? "" : password;
                p.password(u -> pw);
            }
            return p;
        }

        /** Whether a remote address is one of {@code NO_PROXY}. */
        Predicate<java.net.SocketAddress> direct() {
            return a -> a instanceof InetSocketAddress i && bypass(i.getHostString());
        }

        boolean bypass(String target) {
            String t = target.toLowerCase(Locale.ROOT);
            for (String n : noProxy) {
                String e = n.strip().toLowerCase(Locale.ROOT);
                int colon = e.lastIndexOf(':');
                if (colon > 0 && e.indexOf(':') == colon) {
                    e = e.substring(0, colon); // host:port entries: the port does not matter here
                }
                if (e.isEmpty()) {
                    continue;
                }
                if (e.equals("*")) {
                    return true;
                }
                String domain = e.startsWith("*.") ? e.substring(1) : e.startsWith(".") ? e : "." + e;
                if (t.equals(domain.substring(1)) || t.endsWith(domain)) {
                    return true;
                }
            }
            return false;
        }

        /** {@code HTTPS_PROXY} (https servers) or {@code HTTP_PROXY} (http ones), either case, minus {@code NO_PROXY}. */
        static Proxy fromEnvironment(Map<String, String> env, Endpoints endpoints) {
            boolean https = endpoints == null || endpoints.httpsOnly();
            String name = https ? "HTTPS_PROXY" : "HTTP_PROXY";
            String value = env.getOrDefault(name, env.getOrDefault(name.toLowerCase(Locale.ROOT), ""));
            if (value.isBlank()) {
                return null;
            }
            String noProxy = env.getOrDefault("NO_PROXY", env.getOrDefault("no_proxy", ""));
            return parse(name, value, Arrays.asList(noProxy.split(",")));
        }

        /** {@code host:port}, {@code http://[user:password@]host:port} or {@code socks5://host:port}. */
        static Proxy parse(String name, String value, List<String> noProxy) {
            String v = value.strip();
            String shown = v.contains("@") ? "(a value with credentials)" : "'" + v + "'";
            URI u;
            try {
                u = new URI(v.contains("://") ? v : "http://" + v);
            } catch (URISyntaxException e) {
                u = null;
            }
            if (u == null || u.getHost() == null || u.getPort() < 1 || u.getPort() > 65535
                    || !(u.getScheme().equals("http") || u.getScheme().equals("https") || u.getScheme().startsWith("socks"))) {
                throw new IllegalArgumentException(name + " must be HOST:PORT (port 1..65535), http://HOST:PORT or socks5://HOST:PORT, was " + shown);
            }
            String user = null;
            String pass = null;
            if (u.getRawUserInfo() != null) {
                String[] up = u.getUserInfo().split(":", 2);
                user = up[0];
                pass = up.length > 1 ? up[1] : "";
            }
            ProxyProvider.Proxy type = u.getScheme().startsWith("socks") ? ProxyProvider.Proxy.SOCKS5 : ProxyProvider.Proxy.HTTP;
            return new Proxy(type, u.getHost(), u.getPort(), user, pass, List.copyOf(noProxy));
        }
    }

    @Override
    public void close() {
        bili.close();
        if (ownsEmulator) {
            emulator.close();
        }
    }
}
