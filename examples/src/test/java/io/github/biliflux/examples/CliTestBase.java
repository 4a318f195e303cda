package io.github.biliflux.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;

/** Runs the command line in-process, with captured streams, against a fresh demo emulator per test. */
@Timeout(60)
abstract class CliTestBase {

    static final ObjectMapper JSON = new ObjectMapper();

    final BiliEmulator emu = BiliEmulator.start(World.demo());

    @AfterEach
    void closeEmulator() {
        emu.close();
    }

    /** The outcome of one run. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        /** The lines on stderr that are not the "using the embedded emulator" notice. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.contains("using the embedded emulator")).toList();
        }
    }

    Run run(String... argv) {
        return run(Map.of(), argv);
    }

    Run run(Map<String, String> env, String... argv) {
        Map<String, String> e = new HashMap<>(env);
        e.putIfAbsent("TZ", "Asia/Shanghai");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(e, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, emu)
                .run(argv);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The demo account's cookie, for runs that talk to the emulator as a remote server. */
    Map<String, String> demoCookie() {
        return Map.of("BILI_COOKIE", emu.world().cookieHeader(World.DEMO_MID));
    }

    long requests(String specId) {
        return emu.journal().entries().stream().filter(x -> specId.equals(x.specId())).count();
    }

    List<Journal.Entry> journal() {
        return emu.journal().entries();
    }

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
