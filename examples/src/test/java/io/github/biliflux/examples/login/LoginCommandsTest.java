package io.github.biliflux.examples.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.CredentialSource;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.FileCredentialStore;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.SessionState;
import io.github.biliflux.passport.PassportClient;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code login}, {@code login --tv} and {@code refresh} in-process against the emulator, scanned through the World. */
@Timeout(60)
class LoginCommandsTest {

    static final String GENERATE = "/x/passport-login/web/qrcode/generate";
    static final String TV_CODE = "/x/passport-tv-login/qrcode/auth_code";

    @TempDir
    Path dir;
    World world;
    BiliEmulator emu;
    final StringWriter text = new StringWriter();
    final PrintWriter out = new PrintWriter(text);
    Function<CredentialSource, BiliClient> clients;
    UnaryOperator<PassportClient> passports;

    @BeforeEach
    void start() {
        world = World.demo();
        emu = BiliEmulator.start(world);
        clients = source -> BiliClient.builder().credentials(source).endpoints(Endpoints.singleBase(emu.baseUri()))
                .rateLimit(RateLimit.unlimited()).build();
        passports = p -> p.withCorrespondKey(world.passportPublicKey()).withPollInterval(Duration.ofMillis(100));
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    /** Runs {@code args} while a "phone" scans and confirms the code the command shows. */
    int loginScanning(String codePath, String... args) throws Exception {
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> new CommandLine(new LoginCommand(clients, passports, out)).execute(args));
        assertThat(emu.journal().awaitCount(codePath, 1, Duration.ofSeconds(20))).isTrue();
        String key = world.pendingQrCodes().get(0);
        world.scanQr(key);
        world.confirmQr(key, World.DEMO_MID);
        return run.get(30, TimeUnit.SECONDS);
    }

    @Test
    void loginShowsAQrCodeAndSavesTheSessionOwnerOnly() throws Exception {
        Path file = dir.resolve("conf").resolve("session.json");
        assertThat(loginScanning(GENERATE, "--session", file.toString())).isZero();
        String shown = text.toString();
        assertThat(shown).contains("\u2588").contains("qrcode_key=").contains("Logged in as " + World.DEMO_MID);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        SessionState saved = new FileCredentialStore(file).load().orElseThrow();
        assertThat(saved.credentials().sessdata()).isEqualTo(world.session(World.DEMO_MID).sessdata());
        assertThat(saved.refreshToken()).isEqualTo(world.refreshToken(World.DEMO_MID));
        assertThat(shown).doesNotContain(saved.credentials().sessdata()).doesNotContain(saved.refreshToken());
    }

    @Test
    void tvLoginSavesTheWebCookiesItAlsoGives() throws Exception {
        Path file = dir.resolve("s.json");
        assertThat(loginScanning(TV_CODE, "--tv", "--session", file.toString())).isZero();
        assertThat(text.toString()).contains("Logged in (TV) as " + World.DEMO_MID);
        assertThat(new FileCredentialStore(file).load().orElseThrow().credentials().sessdata())
                .isEqualTo(world.session(World.DEMO_MID).sessdata());
    }

    @Test
    void refreshRefreshesTheSavedCookiesWhenTheServiceSaysSo() throws Exception {
        Path file = dir.resolve("s.json");
        assertThat(loginScanning(GENERATE, "--session", file.toString())).isZero();
        String oldSessdata = new FileCredentialStore(file).load().orElseThrow().credentials().sessdata();

        CommandLine refresh = new CommandLine(new RefreshCommand(clients, passports, out));
        assertThat(refresh.execute("--session", file.toString())).isZero();
        assertThat(text.toString()).contains("fresh; nothing to do");

        world.requireCookieRefresh(World.DEMO_MID, true);
        assertThat(new CommandLine(new RefreshCommand(clients, passports, out)).execute("--session", file.toString())).isZero();
        assertThat(text.toString()).contains("Refreshed");
        SessionState now = new FileCredentialStore(file).load().orElseThrow();
        assertThat(now.credentials().sessdata()).isNotEqualTo(oldSessdata).isEqualTo(world.session(World.DEMO_MID).sessdata());
        assertThat(now.pending()).isNull();
    }

    @Test
    void refreshWithoutASessionSaysToLogIn() {
        int code = new CommandLine(new RefreshCommand(clients, passports, out)).execute("--session", dir.resolve("none.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(text.toString()).contains("biliflux login");
    }

    @Test
    void theDefaultFileFollowsXdg() {
        assertThat(SessionFile.defaultPath(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "/home/u"))
                .isEqualTo(Path.of("/x/cfg/biliflux/session.json"));
        assertThat(SessionFile.defaultPath(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.config/biliflux/session.json"));
        // from the environment alone (the command line's, so that tests never see the real home)
        assertThat(SessionFile.defaultPath(Map.of("HOME", "/home/u"))).contains(Path.of("/home/u/.config/biliflux/session.json"));
        assertThat(SessionFile.defaultPath(Map.of("XDG_CONFIG_HOME", "/x/cfg"))).contains(Path.of("/x/cfg/biliflux/session.json"));
        assertThat(SessionFile.defaultPath(Map.of("XDG_CONFIG_HOME", "relative"))).isEmpty();
        assertThat(SessionFile.defaultPath(Map.of())).isEmpty();
    }
}
