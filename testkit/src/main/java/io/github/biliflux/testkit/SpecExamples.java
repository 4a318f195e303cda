package io.github.biliflux.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The example responses of the spec documents, verbatim (see {@code spec-examples/NOTES.md} beside
 * them), kept once here for the emulator's conformance tests, the client modules' decoding tests
 * and users' own tests. Ids are the catalog's (R1, A9 ...), with a suffix for a documented variant
 * ({@code W1-status-2}, {@code C1-next}).
 */
public final class SpecExamples {

    private static final String DIR = "spec-examples/";

    private SpecExamples() {
    }

    /**
     * Every example id, in alphabetical order.
     *
     * @return the ids, e.g. {@code A1}, {@code W1-status-4}
     */
    public static List<String> ids() {
        return Arrays.stream(read("index.txt").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The whole answer of example {@code id}, envelope included.
     *
     * @param id an id of {@link #ids()}
     * @return the JSON text
     * @throws IllegalArgumentException if there is no example {@code id}
     */
    public static String json(String id) {
        Objects.requireNonNull(id, "id");
        return read(id + ".json");
    }

    private static String read(String name) {
        try (InputStream in = SpecExamples.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalArgumentException("id must be one of " + DIR + "index.txt, was " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
