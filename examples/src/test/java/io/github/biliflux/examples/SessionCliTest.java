package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.FileCredentialStore;
import io.github.biliflux.core.SessionState;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code login}, {@code refresh} and {@code --session FILE} wired into the command line, the order in
 * which a command picks who it acts as, and {@code --timeout} as the deadline of an attempt; in-process
 * against the emulator as a remote server (a "phone" scans the QR code through the World).
 */
class SessionCliTest extends CliTestBase {

    static final String GENERATE = "/x/passport-login/web/qrcode/generate";
    static final String TV_CODE = "/x/passport-tv-login/qrcode/auth_code";

    @TempDir
    Path dir;

    String base() {
        return emu.baseUri().toString();
    }

    /** {@code biliflux login --session FILE --base-url EMU} while the World scans and confirms the code. */
    Run login(Path file, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("login", "--session", file.toString(), "--base-url", base()));
        args.addAll(List.of(more));
        CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> run(args.toArray(String[]::new)));
        assertThat(emu.journal().awaitCount(more.length > 0 ? TV_CODE : GENERATE, 1, Duration.ofSeconds(20))).isTrue();
        String key = emu.world().pendingQrCodes().get(0);
        emu.world().scanQr(key);
        emu.world().confirmQr(key, World.DEMO_MID);
        return run.get(30, TimeUnit.SECONDS);
    }

    static String perms(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    List<Journal.Entry> followerRequests() {
        return journal().stream().filter(e -> "R1".equals(e.specId())).toList();
    }

    @Test
    void helpListsLoginRefreshAndThePrecedence() {
        Run r = run("help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^\\s+login\\s").containsPattern("(?m)^\\s+refresh\\s")
                .contains("--session FILE").contains("BILI_COOKIE").contains("default session file");
        Run login = run("login", "--help");
        assertThat(login.code()).isZero();
        assertThat(login.out()).contains("--tv").contains("--session").contains("--base-url").contains("--proxy").contains("--timeout");
        assertThat(run("followers", "--help").out()).contains("--session");
    }

    @Test
    void loginThenFollowersWithTheSessionActsAsTheLoggedInUser() throws Exception {
        Path file = dir.resolve("conf").resolve("session.json");
        Run in = login(file);
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("Logged in as " + World.DEMO_MID).contains("\u2588");
        assertThat(perms(file)).isEqualTo("rw-------");
        String sessdata = new FileCredentialStore(file).load().orElseThrow().credentials().sessdata();
        assertThat(in.out() + in.err()).doesNotContain(sessdata);

        // no mid: the command has to know who is logged in; only the saved cookies can say
        Run r = run("followers", "--session", file.toString(), "--base-url", base(), "--limit", "3", "--format", "ndjson");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(3);
        assertThat(r.err()).contains("using the session saved in " + file).doesNotContain(sessdata);
        assertThat(followerRequests()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.callerMid()).isEqualTo(World.DEMO_MID);
            assertThat(e.query().get("vmid")).isEqualTo(String.valueOf(World.DEMO_MID));
        });
        // the session is kept fresh: the service was asked once whether the cookies need a refresh
        assertThat(emu.journal().count("/x/passport-login/web/cookie/info")).isEqualTo(1);
    }

    @Test
    void tvLoginThroughTheCommandLineSavesTheWebCookies() throws Exception {
        Path file = dir.resolve("tv.json");
        Run in = login(file, "--tv");
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("Logged in (TV) as " + World.DEMO_MID);
        assertThat(perms(file)).isEqualTo("rw-------");
        Run r = run("tags", "--session", file.toString(), "--base-url", base(), "--format", "ndjson");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void refreshRewritesTheFileOwnerOnlyAndTheNextCommandUsesTheNewCookies() throws Exception {
        Path file = dir.resolve("s.json");
        assertThat(login(file).code()).isZero();
        String old = new FileCredentialStore(file).load().orElseThrow().credentials().sessdata();

        emu.world().requireCookieRefresh(World.DEMO_MID, true);
        Run r = run("refresh", "--session", file.toString(), "--base-url", base());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Refreshed");
        assertThat(perms(file)).isEqualTo("rw-------");
        SessionState now = new FileCredentialStore(file).load().orElseThrow();
        assertThat(now.credentials().sessdata()).isNotEqualTo(old).isEqualTo(emu.world().session(World.DEMO_MID).sessdata());
        assertThat(now.pending()).isNull();

        // the old cookies are dead now (confirm invalidated them): an answer as the user proves the new ones went out
        emu.journal().clear();
        Run f = run("followers", "--session", file.toString(), "--base-url", base(), "--limit", "2", "--format", "ndjson");
        assertThat(f.code()).as(f.err()).isZero();
        assertThat(followerRequests()).isNotEmpty().allSatisfy(e -> assertThat(e.callerMid()).isEqualTo(World.DEMO_MID));
    }

    @Test
    void anExplicitSessionWinsOverTheEnvironmentsCookie() throws Exception {
        Path file = dir.resolve("s.json");
        save(file, emu.world().session(World.DEMO_MID));
        Map<String, String> env = Map.of("BILI_COOKIE", "SESSDATA=dead; bili_jct=dead; DedeUserID=1", "BILI_BASE_URL", base());
        Run r = run(env, "followers", "--session", file.toString(), "--limit", "2", "--format", "ndjson");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(followerRequests()).isNotEmpty().allSatisfy(e -> assertThat(e.callerMid()).isEqualTo(World.DEMO_MID));
    }

    @Test
    void theEnvironmentsCookieWinsOverTheDefaultFileWhichWinsOverTheEmulator() throws Exception {
        // a default session file (XDG_CONFIG_HOME) whose cookies are dead
        Path xdg = dir.resolve("xdg");
        save(xdg.resolve("biliflux").resolve("session.json"), new World.Session(World.DEMO_MID, "dead", "dead", ""));
        Map<String, String> env = new HashMap<>(Map.of("XDG_CONFIG_HOME", xdg.toString(), "BILI_BASE_URL", base()));

        env.put("BILI_COOKIE", emu.world().cookieHeader(World.DEMO_MID));
        Run cookie = run(env, "tags", "--format", "ndjson");
        assertThat(cookie.code()).as(cookie.err()).isZero();
        assertThat(cookie.err()).doesNotContain("session saved");

        env.remove("BILI_COOKIE");
        Run saved = run(env, "tags", "--format", "ndjson");
        assertThat(saved.err()).contains("using the session saved in " + xdg.resolve("biliflux").resolve("session.json"));
        assertThat(saved.code()).as(saved.err()).isEqualTo(Cli.FAILED); // its dead cookies: not logged in
        assertThat(saved.err()).doesNotContain("embedded emulator");

        // no default file and no credentials: the embedded (here: the tests') emulator
        Run none = run(Map.of("XDG_CONFIG_HOME", dir.resolve("empty").toString()), "tags", "--format", "ndjson");
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.err()).contains("using the embedded emulator");
    }

    @Test
    void aSessionFileThatHoldsNothingOrWithTheEmulatorIsAUsageError() {
        long before = journal().size();
        Run missing = run("followers", "--session", dir.resolve("none.json").toString(), "--base-url", base());
        assertThat(missing.code()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("no session in").contains("biliflux login");
        Run both = run("tags", "--session", dir.resolve("none.json").toString(), "--emulator");
        assertThat(both.code()).isEqualTo(Cli.USAGE);
        assertThat(both.err()).contains("--session and --emulator");
        Run refresh = run("refresh", "--session", dir.resolve("none.json").toString(), "--base-url", base());
        assertThat(refresh.code()).isEqualTo(Cli.USAGE);
        assertThat(refresh.out()).contains("biliflux login");
        assertThat(journal()).hasSize((int) before);
    }

    @Test
    void loginToAServerThatIsNotThereExitsSevenInOneLineUnlessDebug() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Path file = dir.resolve("s.json");
        Run r = run("login", "--session", file.toString(), "--base-url", "http://127.0.0.1:" + closed);
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.UNREACHABLE);
        assertThat(r.err()).contains("login failed: the server could not be reached").doesNotContain("\tat ");
        assertThat(file).doesNotExist();
        Run debug = run("login", "--session", file.toString(), "--base-url", "http://127.0.0.1:" + closed, "--debug");
        assertThat(debug.code()).isEqualTo(Cli.UNREACHABLE);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void timeoutIsTheDeadlineOfAnAttemptEvenWhenTheServerDrips() throws Exception {
        try (DrippingServer drip = new DrippingServer()) {
            Map<String, String> env = Map.of("BILI_COOKIE", emu.world().cookieHeader(World.DEMO_MID));
            Run r = run(env, "tags", "--base-url", "http://127.0.0.1:" + drip.port(), "--timeout", "300ms", "--debug");
            assertThat(r.code()).as(r.err()).isEqualTo(Cli.UNREACHABLE);
            assertThat(r.err()).contains("did not answer in time").contains("no answer in time")
                    // the drip resets every idle timer: only the attempt's deadline, set by --timeout, ends it
                    .contains("within the deadline of 300 ms");
            assertThat(drip.connections).isNotEmpty();
        }
    }

    static void save(Path file, World.Session s) {
        new FileCredentialStore(file).save(SessionState.of(Credentials.cookie(s.sessdata(), s.biliJct(), s.mid()), "token"));
    }

    /** Answers every request with a 200 whose body never ends: one byte every 50 ms. */
    static final class DrippingServer extends LoopbackServer {

        DrippingServer() throws IOException {
            start("drip");
        }

        @Override
        void serve(Socket s) {
            try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                byte[] buf = new byte[8192];
                in.read(buf); // the request (its head fits); what it says does not matter
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{\"code\":0,\"data\":[ "
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (int i = 0; i < 2000 && !s.isClosed(); i++) {
                    // a wait on the socket, not a sleep: the client closing it ends the loop
                    s.setSoTimeout(50);
                    try {
                        if (in.read() < 0) {
                            return;
                        }
                    } catch (java.net.SocketTimeoutException e) {
                        out.write(' ');
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }
    }
}
