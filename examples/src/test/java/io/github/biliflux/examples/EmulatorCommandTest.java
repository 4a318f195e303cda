package io.github.biliflux.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.testkit.World;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code biliflux emulator}: a foreground server any client can use, stopped cleanly. */
@Timeout(60)
class EmulatorCommandTest {

    /** Hands each line written to it to a queue, so the test can wait for the URL without sleeping. */
    static final class Lines extends OutputStream {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        String next() throws InterruptedException {
            String l = lines.poll(20, TimeUnit.SECONDS);
            if (l == null) {
                throw new AssertionError("no line within 20 s");
            }
            return l;
        }
    }

    @Test
    void servesTheDemoWorldUntilStoppedAndPrintsWhatAClientNeeds() throws Exception {
        Lines out = new Lines();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        AtomicInteger code = new AtomicInteger(-1);
        Thread server = new Thread(() -> code.set(cli.run("emulator", "--port", "0")), "emulator-command");
        server.start();

        String base = out.next();
        assertThat(base).matches("base URL: http://127\\.0\\.0\\.1:\\d+");
        URI uri = URI.create(base.substring("base URL: ".length()));
        String cookie = out.next();
        assertThat(cookie).startsWith("Cookie: SESSDATA=").contains("bili_jct=").contains("DedeUserID=" + World.DEMO_MID);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve("/x/relation/followers?vmid=" + World.DEMO_MID + "&pn=1&ps=5"))
                .header("Cookie", cookie.substring("Cookie: ".length())).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(CliTestBase.JSON.readTree(r.body()).path("code").asInt()).isZero();
        assertThat(CliTestBase.JSON.readTree(r.body()).path("data").path("list").size()).isEqualTo(5);

        server.interrupt();
        server.join(TimeUnit.SECONDS.toMillis(20));
        assertThat(server.isAlive()).isFalse();
        assertThat(code.get()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("loopback only").contains("emulator stopped");
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(uri.resolve("/x/relation/tags")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOfAny(ConnectException.class, IOException.class);
    }

    @Test
    void aGeneratedWorldHasTheFollowersAsked() throws Exception {
        Lines out = new Lines();
        Cli cli = new Cli(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        Thread server = new Thread(() -> cli.run("emulator", "--followers", "1234"), "emulator-command");
        server.start();
        URI uri = URI.create(out.next().substring("base URL: ".length()));
        String cookie = out.next().substring("Cookie: ".length());
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("/x/relation/followers?vmid=" + World.DEMO_MID))
                .header("Cookie", cookie).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(CliTestBase.JSON.readTree(r.body()).path("data").path("total").asInt()).isEqualTo(1234);
        server.interrupt();
        server.join(TimeUnit.SECONDS.toMillis(20));
        assertThat(server.isAlive()).isFalse();
    }
}
