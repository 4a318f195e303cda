package io.github.biliflux.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.ProxyConfig;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's java blocks are ReadmeSnippets' regions, and each of them runs. */
@Timeout(60)
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SNIPPETS = Path.of("src/test/java/io/github/biliflux/reliability/ReadmeSnippets.java");
    /** "Testing your own code" is a test class of its own, run as such. */
    private static final Path TESTING_SNIPPET = Path.of("src/test/java/io/github/biliflux/reliability/MyFollowerReportTest.java");
    /** The README's java blocks, in order. */
    private static final List<String> README_ORDER = List.of("stream", "emulator", "charge", "login", "testing", "redis", "observe");

    @Test
    void theReadmeShowsExactlyTheSnippetsThisTestRuns() throws IOException {
        List<String> inReadme = new ArrayList<>();
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        while (block.find()) {
            inReadme.add(block.group(1));
        }
        java.util.Map<String, String> regions = new java.util.HashMap<>();
        for (Path source : List.of(SNIPPETS, TESTING_SNIPPET)) {
            Matcher region = Pattern.compile("// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL)
                    .matcher(Files.readString(source));
            while (region.find()) {
                regions.put(region.group(1), dedent(region.group(2)));
            }
        }
        assertThat(regions.keySet()).containsExactlyInAnyOrderElementsOf(README_ORDER);
        List<String> inSource = README_ORDER.stream().map(regions::get).toList();
        assertThat(inReadme).as("README.md's java blocks, in order, against the regions of " + SNIPPETS).isEqualTo(inSource);
    }

    /** Removes the common indentation, as pasted into the README; every line ends with a newline. */
    static String dedent(String code) {
        List<String> lines = code.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void theFirstSnippetSaysClearlyThatBiliCookieIsMissing() {
        assumeTrue(System.getenv("BILI_COOKIE") == null, "BILI_COOKIE is set: this test never calls the live service");
        assertThatThrownBy(ReadmeSnippets::streamFollowers)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("BILI_COOKIE is not set")
                .hasMessageContaining("SESSDATA=");
    }

    @Test
    void theEmulatorSnippetRunsOnTheDemoWorld() {
        String out = stdout(ReadmeSnippets::followIntoNewGroup);
        assertThat(out).containsPattern("following " + World.CAPPED_MID + " in group \\d+");
        // 320 followers, 50 per page.
        assertThat(out).contains("page 1: 50", "page 7: 20");
    }

    @Test
    void theChargeSnippetChargesTheDemoUser() {
        try (BiliEmulator emu = BiliEmulator.start(World.demo())) {
            World.Session me = emu.world().session(World.DEMO_MID);
            try (BiliClient bili = BiliClient.builder()
                    .credentials(Credentials.cookie(me.sessdata(), me.biliJct(), me.mid()))
                    .endpoints(Endpoints.singleBase(emu.baseUri()))
                    .build()) {
                String out = stdout(() -> ReadmeSnippets.charge(bili, World.FRIEND_MID));
                assertThat(out).startsWith("charged 4");
                assertThat(emu.journal().count("/x/ugcpay/web/v2/trade/elec/pay/quick")).isEqualTo(1);
            }
        }
    }

    @Test
    void theObservabilitySnippetBuildsAClientWithMetricsAndAProxy() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (BiliClient bili = ReadmeSnippets.observedClient(registry, Credentials.none())) {
            assertThat(registry.find("biliflux.requests.active").tag("client", "main").gauge()).isNotNull();
            assertThat(ProxyConfig.socks5("127.0.0.1", 1080).nonProxyHosts("localhost").bypasses("localhost")).isTrue();
            assertThat(bili.toString()).doesNotContain("password");
        }
    }

    private static String stdout(Runnable r) {
        PrintStream original = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(original);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
