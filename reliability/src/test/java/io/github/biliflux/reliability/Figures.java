package io.github.biliflux.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the latest run (faults injected, entries and charges checked, fuzz cases ...), kept
 * in {@code target/reliability-figures.txt} as sorted {@code key = value} lines for
 * docs/reliability.md. A run of a single test keeps the other tests' figures of earlier runs.
 */
final class Figures {

    static final Path FILE = Path.of("target", "reliability-figures.txt");
    private static final Map<String, String> FIGURES = new TreeMap<>();
    private static boolean loaded;

    private Figures() {
    }

    /** Records {@code key = value}, prints it and rewrites the file. */
    static synchronized void put(String key, Object value) {
        load();
        FIGURES.put(key, String.valueOf(value));
        System.out.println("[figure] " + key + " = " + value);
        StringBuilder sb = new StringBuilder("# biliflux reliability figures, written ").append(Instant.now()).append('\n');
        FIGURES.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!Files.exists(FILE)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                int eq = line.indexOf(" = ");
                if (!line.startsWith("#") && eq > 0) {
                    FIGURES.put(line.substring(0, eq), line.substring(eq + 3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
