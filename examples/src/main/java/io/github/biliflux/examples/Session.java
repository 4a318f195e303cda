package io.github.biliflux.examples;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.FileCredentialStore;
import io.github.biliflux.core.ProxyConfig;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.examples.login.SessionFile;
import io.github.biliflux.passport.PassportClient;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The client a command runs with: the live service (or {@code --base-url}) as the user of
 * {@code --session FILE}, of {@code BILI_COOKIE} (a raw Cookie header) or {@code BILI_ACCESS_KEY}, or
 * of the default session file, in this order; with none of them an embedded BiliEmulator with the
 * demo world. A saved session is kept fresh ({@code PassportClient.keepFresh}) and saved back. {@link #configure} is the one place where the command-line options become client
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
    static Session open(Map<String, String> env, ServerOptions o, PrintStream err, BiliEmulator shared) {
        return open(env, o, null, err, shared, s -> { });
    }

    /**
     * As above, with the saved session: who the client acts as is, in this order, the session of
     * {@code sessionFile} ({@code --session FILE}, which must hold one), {@code BILI_COOKIE} or
     * {@code BILI_ACCESS_KEY}, the session in the default file when there is one, and else the
     * embedded emulator's demo user. {@code --emulator} takes the demo user whatever is set (and
     * excludes {@code --session}). {@code notice} gets one line the first time a request fails on the
     * wire (it is then retried where safe).
     */
    static Session open(Map<String, String> env, ServerOptions o, Path sessionFile, PrintStream err, BiliEmulator shared,
                        Consumer<String> notice) {
        String cookie = env.getOrDefault("BILI_COOKIE", "");
        String accessKey = env.getOrDefault("BILI_ACCESS_KEY", "");
        URI base = baseUrl(o, env);
        boolean credentials = !cookie.isBlank() || !accessKey.isBlank();
        if (o.emulator && sessionFile != null) {
            throw new IllegalArgumentException("--session and --emulator exclude each other: the emulator has its own demo user");
        }
        if (!o.emulator) {
            Path saved = sessionFile != null ? sessionFile
                    : credentials ? null : SessionFile.defaultPath(env).filter(Files::isRegularFile).orElse(null);
            io.github.biliflux.core.Session web = saved == null ? null : saved(saved, sessionFile != null);
            if (web != null || credentials || base != null) {
                BiliClient.Builder b = BiliClient.builder();
                long mid = 0;
                if (web != null) {
                    b.session(web);
                    mid = web.current().dedeUserId();
                    err.println("biliflux: using the session saved in " + saved + (sessionFile != null ? "" : " (the default --session)"));
                } else if (!cookie.isBlank()) {
                    Credentials.Cookie c = Credentials.parseCookieHeader(cookie);
                    b.credentials(c);
                    mid = c.dedeUserId();
                } else if (!accessKey.isBlank()) {
                    b.credentials(Credentials.app(accessKey.strip(), AppKey.ANDROID));
                } else {
                    err.println("biliflux: no --session, BILI_COOKIE or BILI_ACCESS_KEY: calling " + base + " without logging in");
                }
                Endpoints endpoints = base != null ? Endpoints.singleBase(base) : Endpoints.production();
                b.endpoints(endpoints);
                configure(b, o, env, endpoints, false, notice);
                BiliClient bili = b.build();
                if (web != null) {
                    passport(bili, emulatorAt(base, shared)).keepFresh(web);
                }
                return new Session(bili, null, mid, false);
            }
        }
        BiliClient.Builder b = BiliClient.builder();
        configure(b, o, env, null, true, notice);
        BiliEmulator emu = shared != null ? shared : BiliEmulator.start(World.demo());
        World.Session me = emu.world().session(World.DEMO_MID);
        err.println("biliflux: " + (o.emulator ? "--emulator" : "no --session, BILI_COOKIE or BILI_ACCESS_KEY")
                + ": using the embedded emulator at " + emu.baseUri() + " (demo user " + me.mid() + ")");
        b.credentials(Credentials.cookie(me.sessdata(), me.biliJct(), me.mid()))
                .endpoints(Endpoints.singleBase(emu.baseUri()));
        return new Session(b.build(), emu, me.mid(), shared == null);
    }

    /** The session saved in {@code file}; a file that holds none is a usage error when it was given, else ignored (null). */
    private static io.github.biliflux.core.Session saved(Path file, boolean given) {
        FileCredentialStore store = new FileCredentialStore(file);
        if (store.load().isEmpty()) {
            if (given) {
                throw new IllegalArgumentException("--session: no session in " + file + ": run 'biliflux login --session " + file + "' first");
            }
            return null;
        }
        return io.github.biliflux.core.Session.open(store);
    }

    /**
     * A client for {@code login} and {@code refresh}: who it acts as is {@code source}; where it
     * goes is {@code emulator} under {@code --emulator}, {@code --base-url} / {@code BILI_BASE_URL},
     * else the live service.
     */
    static BiliClient client(Map<String, String> env, ServerOptions o, CredentialSource source, BiliEmulator emulator,
                             Consumer<String> notice) {
        BiliClient.Builder b = BiliClient.builder().credentials(source);
        if (o.emulator) {
            configure(b, o, env, null, true, notice);
            b.endpoints(Endpoints.singleBase(emulator.baseUri()));
        } else {
            URI base = baseUrl(o, env);
            Endpoints endpoints = base != null ? Endpoints.singleBase(base) : Endpoints.production();
            configure(b, o, env, endpoints, false, notice);
            b.endpoints(endpoints);
        }
        return b.build();
    }

    /**
     * The passport client of {@code bili}: the service's correspond key, or {@code emulator}'s (whose
     * World has its own key pair) when the client talks to it.
     */
    static PassportClient passport(BiliClient bili, BiliEmulator emulator) {
        PassportClient p = PassportClient.of(bili);
        return emulator == null ? p : p.withCorrespondKey(emulator.world().passportPublicKey());
    }

    /** {@code shared} when {@code base} is its address, else null. */
    static BiliEmulator emulatorAt(URI base, BiliEmulator shared) {
        return shared != null && base != null && base.equals(shared.baseUri()) ? shared : null;
    }

    /** {@code --base-url}, else {@code BILI_BASE_URL}, else null (the live service). */
    static URI baseUrl(ServerOptions o, Map<String, String> env) {
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
            String why = e.getMessage() != null && e.getMessage().contains("port") ? ", its port in 10..65535" : "";
            throw new IllegalArgumentException(name + " must be an http or https URL with a host and no path" + why + ", such as "
                    + "http://127.0.0.1:8080, was '" + base + "'");
        }
        return base;
    }

    /**
     * The options as client settings, in one place: {@code --rate} as the per-host rate limit,
     * {@code --timeout} as the deadline of one attempt (and the idle-read timeout, so that a silent
     * answer is not cut earlier), {@code --proxy} (else the proxy environment, never for the embedded
     * emulator) as the client's {@link ProxyConfig}.
     */
    static void configure(BiliClient.Builder b, ServerOptions o, Map<String, String> env, Endpoints endpoints, boolean embedded,
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
            b.deadline(o.timeout).responseTimeout(o.timeout);
        }
        Proxy proxy = o.proxy != null ? Proxy.parse("--proxy", o.proxy, List.of())
                : embedded ? null : Proxy.fromEnvironment(env, endpoints);
        if (proxy != null) {
            b.proxy(proxy.config());
        }
        AtomicBoolean told = new AtomicBoolean();
        BiConsumer<Object, Throwable> failed = (r, t) -> {
            if (told.compareAndSet(false, true)) {
                notice.accept("a request failed on the wire (" + Failures.reason(t) + "); reads are retried with backoff,"
                        + " changes only when they provably never left (--debug shows each attempt)");
            }
        };
        b.httpClient(h -> h.doOnRequestError(failed::accept).doOnResponseError(failed::accept));
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
    record Proxy(ProxyConfig.Type type, String host, int port, String username, String password, List<String> noProxy) {

        @Override
        public String toString() {
            return "Proxy[" + type + " " + host + ":" + port + (username == null ? "" : ", user set") + "]";
        }

        /**
         * The proxy as the client takes it: each {@code NO_PROXY} entry becomes the host and its
         * subdomains ({@code example.com} and {@code .example.com} both: {@code example.com},
         * {@code *.example.com}; a port is dropped; {@code *} is every host).
         */
        ProxyConfig config() {
            ProxyConfig c = type == ProxyConfig.Type.SOCKS5 ? ProxyConfig.socks5(host, port) : ProxyConfig.http(host, port);
            if (username != null && !username.isBlank()) {
                c = c.credentials(username, password == null ? "" : password);
            }
            List<String> patterns = new ArrayList<>();
            for (String n : noProxy) {
                String e = n.strip().toLowerCase(Locale.ROOT);
                int colon = e.lastIndexOf(':');
                if (colon > 0 && e.indexOf(':') == colon) {
                    e = e.substring(0, colon); // host:port entries: the port does not matter here
                }
                if (e.equals("*")) {
                    patterns.add("*");
                    continue;
                }
                String domain = e.startsWith("*.") ? e.substring(2) : e.startsWith(".") ? e.substring(1) : e;
                if (!domain.isEmpty()) {
                    patterns.add(domain);
                    patterns.add("*." + domain);
                }
            }
            return patterns.isEmpty() ? c : c.nonProxyHosts(patterns.toArray(String[]::new));
        }

        /** Whether {@code target} is one of {@code NO_PROXY}, as the client decides it. */
        boolean bypass(String target) {
            return config().bypasses(target);
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
            ProxyConfig.Type type = u.getScheme().startsWith("socks") ? ProxyConfig.Type.SOCKS5 : ProxyConfig.Type.HTTP;
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
