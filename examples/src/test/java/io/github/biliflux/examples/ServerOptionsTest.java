package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Host;
import io.github.biliflux.testkit.World;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Any server: --base-url / BILI_BASE_URL, --proxy and the proxy environment, --rate, --timeout; A1 only when needed. */
class ServerOptionsTest extends CliTestBase {

    @Test
    void aGivenMidIsUsedWithoutAskingA1() {
        String key = emu.world().session(World.DEMO_MID).accessKey();
        Map<String, String> app = Map.of("BILI_ACCESS_KEY", key, "BILI_BASE_URL", emu.baseUri().toString());
        Run r = run(app, "followers", String.valueOf(World.DEMO_MID), "--limit", "3", "--format", "ndjson");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(3);
        assertThat(requests("A1")).isZero();

        // without a mid an app login has to ask A1 who it is: the journal can tell the two apart
        Run me = run(app, "followers", "--limit", "3", "--format", "ndjson");
        assertThat(me.code()).as(me.err()).isZero();
        assertThat(requests("A1")).isEqualTo(1);
    }

    @Test
    void baseUrlFromTheEnvironmentOrTheOption() {
        Map<String, String> env = Map.of("BILI_COOKIE", emu.world().cookieHeader(World.DEMO_MID), "BILI_BASE_URL", emu.baseUri().toString());
        Run r = run(env, "tags", "--format", "ndjson");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("embedded emulator");
        assertThat(journal()).isNotEmpty().allSatisfy(e -> assertThat(e.cookiePresent()).isTrue());

        Run opt = run(demoCookie(), "tags", "--base-url", emu.baseUri().toString());
        assertThat(opt.code()).as(opt.err()).isZero();
        assertThat(opt.err()).doesNotContain("embedded emulator");

        Run bad = run(Map.of("BILI_COOKIE", "SESSDATA=a; bili_jct=b; DedeUserID=1", "BILI_BASE_URL", "ftp://x"), "tags");
        assertThat(bad.code()).isEqualTo(Cli.USAGE);
        assertThat(bad.err()).contains("BILI_BASE_URL must be an http or https URL");
    }

    @Test
    void rateAndTimeoutBecomeTheClientsSettings() {
        CommonOptions o = new CommonOptions();
        o.rate = 7;
        o.timeout = Duration.ofSeconds(3);
        try (Session s = Session.open(demoCookieWithBase(), o, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), emu)) {
            assertThat(s.bili.rateLimit(Host.API).permits()).isEqualTo(7);
            assertThat(s.bili.rateLimit(Host.MANGA).permits()).isEqualTo(7);
        }
        CommonOptions none = new CommonOptions();
        try (Session s = Session.open(Map.of(), none, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), emu)) {
            assertThat(s.bili.rateLimit(Host.API).permits()).isEqualTo(Session.EMULATOR_RATE);
        }
    }

    Map<String, String> demoCookieWithBase() {
        return Map.of("BILI_COOKIE", emu.world().cookieHeader(World.DEMO_MID), "BILI_BASE_URL", emu.baseUri().toString());
    }

    @Test
    void aServerThatDoesNotAnswerInTimeExitsSeven() {
        emu.faults().latency(Duration.ofSeconds(5), Duration.ZERO);
        Run r = run(demoCookieWithBase(), "tags", "--timeout", "100ms");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.UNREACHABLE);
        assertThat(r.errLines().get(r.errLines().size() - 1)).startsWith("biliflux: tags failed: the server could not be reached or did not answer in time")
                .contains("no answer in time").contains("--timeout").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aServerThatIsNotThereExitsSeven() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Run r = run(Map.of("BILI_COOKIE", emu.world().cookieHeader(World.DEMO_MID)), "tags", "--base-url", "http://127.0.0.1:" + closed);
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.UNREACHABLE);
        // the first failed attempt is told at once (the retries are not silent), then one line for the failure
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("biliflux: a request failed on the wire (").contains("retried with backoff");
        assertThat(r.errLines().get(1)).startsWith("biliflux: tags failed: the server could not be reached").doesNotContain("Exception");
    }

    @Test
    void requestsGoThroughTheProxyOptionOrTheEnvironmentsProxy() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy()) {
            Run r = run(demoCookieWithBase(), "tags", "--proxy", "127.0.0.1:" + proxy.port(), "--format", "ndjson");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.lines()).hasSize(emu.world().tags(World.DEMO_MID).size() + 2); // + special and default
            assertThat(proxy.targets).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("127.0.0.1:" + emu.port()));

            proxy.targets.clear();
            Map<String, String> env = new java.util.HashMap<>(demoCookieWithBase());
            env.put("HTTP_PROXY", "http://127.0.0.1:" + proxy.port());
            assertThat(run(env, "tags").code()).isZero();
            assertThat(proxy.targets).isNotEmpty();

            proxy.targets.clear();
            env.put("NO_PROXY", "localhost,127.0.0.1");
            assertThat(run(env, "tags").code()).isZero();
            assertThat(proxy.targets).isEmpty();
        }
    }

    @Test
    void noProxyMatchesHostsAndDomains() {
        Session.Proxy p = Session.Proxy.parse("--proxy", "proxy.example:3128", List.of("localhost", ".bilibili.com", "10.0.0.1:80"));
        assertThat(p.bypass("localhost")).isTrue();
        assertThat(p.bypass("api.bilibili.com")).isTrue();
        assertThat(p.bypass("bilibili.com")).isTrue();
        assertThat(p.bypass("10.0.0.1")).isTrue();
        assertThat(p.bypass("notbilibili.com")).isFalse();
        assertThat(p.bypass("example.org")).isFalse();
        Session.Proxy withUser = Session.Proxy.parse("HTTPS_PROXY", "http://me:s3cret@proxy:8080", List.of());
        assertThat(withUser.username()).isEqualTo("me");
        assertThat(withUser.toString()).doesNotContain("s3cret");
        // what the client is given: core's ProxyConfig, NO_PROXY entries as the host and its subdomains
        assertThat(p.config().nonProxyHosts()).containsExactly("localhost", "*.localhost", "bilibili.com", "*.bilibili.com",
                "10.0.0.1", "*.10.0.0.1");
        assertThat(withUser.config().type()).isEqualTo(io.github.biliflux.core.ProxyConfig.Type.HTTP);
        assertThat(withUser.config().toString()).contains("user me").doesNotContain("s3cret");
        assertThat(Session.Proxy.parse("--proxy", "socks5://127.0.0.1:1080", List.of()).config().type())
                .isEqualTo(io.github.biliflux.core.ProxyConfig.Type.SOCKS5);
        try {
            Session.Proxy.parse("HTTPS_PROXY", "http://me:s3cret@proxy", List.of());
            throw new AssertionError("a proxy without a port was accepted");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("HTTPS_PROXY").doesNotContain("s3cret");
        }
    }

    @Test
    void theEnvironmentsProxyIsChosenByTheServersScheme() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://secure:3128", "http_proxy", "plain:8080", "NO_PROXY", ".example.org");
        Session.Proxy https = Session.Proxy.fromEnvironment(env, Endpoints.production());
        assertThat(https.host()).isEqualTo("secure");
        assertThat(https.port()).isEqualTo(3128);
        assertThat(https.bypass("api.example.org")).isTrue();
        Session.Proxy http = Session.Proxy.fromEnvironment(env, Endpoints.singleBase(java.net.URI.create("http://127.0.0.1:1234")));
        assertThat(http.host()).isEqualTo("plain");
        assertThat(Session.Proxy.fromEnvironment(Map.of(), Endpoints.production())).isNull();
    }

    /** A minimal HTTP CONNECT proxy on loopback that records the targets it tunnelled to. */
    static final class ConnectProxy extends LoopbackServer {
        final List<String> targets = new CopyOnWriteArrayList<>();

        ConnectProxy() throws IOException {
            start("test-proxy");
        }

        @Override
        void serve(Socket client) {
            try {
                InputStream in = client.getInputStream();
                String head = readHead(in);
                String[] first = head.split("\r\n", 2)[0].split(" ");
                if (!first[0].equals("CONNECT")) {
                    client.getOutputStream().write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    client.close();
                    return;
                }
                targets.add(first[1]);
                String[] hp = first[1].split(":");
                Socket upstream = new Socket(hp[0], Integer.parseInt(hp[1]));
                connections.add(upstream);
                client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                Thread back = new Thread(() -> pipe(upstream, client), "test-proxy-back");
                back.setDaemon(true);
                back.start();
                pipe(client, upstream);
            } catch (IOException | RuntimeException e) {
                closeQuietly(client);
            }
        }

        private static String readHead(InputStream in) throws IOException {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            return sb.toString();
        }

        private static void pipe(Socket from, Socket to) {
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                in.transferTo(out);
            } catch (IOException ignored) {
                // the other side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }
    }
}
