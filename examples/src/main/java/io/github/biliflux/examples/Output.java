package io.github.biliflux.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes rows (any record or map) to stdout as a table, NDJSON or CSV. Rows are flattened for the
 * table and CSV ({@code vip.vipType}); NDJSON keeps their nesting. Streams are written as they
 * come: the table sizes its columns from its first rows only.
 */
abstract class Output implements AutoCloseable {

    /** The output formats. */
    enum Format { TABLE, NDJSON, CSV }

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule("java-time-as-text")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(LocalDateTime.class, ToStringSerializer.instance)
                    .addSerializer(OffsetDateTime.class, ToStringSerializer.instance)
                    .addSerializer(ZonedDateTime.class, ToStringSerializer.instance)
                    .addSerializer(java.util.Optional.class, optional(o -> o.orElse(null)))
                    .addSerializer(java.util.OptionalInt.class, optional(o -> o.isPresent() ? o.getAsInt() : null))
                    .addSerializer(java.util.OptionalLong.class, optional(o -> o.isPresent() ? o.getAsLong() : null))
                    .addSerializer(java.util.OptionalDouble.class, optional(o -> o.isPresent() ? o.getAsDouble() : null)))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    protected final PrintStream out;

    /** An Optional is written as its value, or null when empty. */
    private static <O> com.fasterxml.jackson.databind.JsonSerializer<O> optional(java.util.function.Function<O, Object> value) {
        return new com.fasterxml.jackson.databind.JsonSerializer<>() {
            @Override
            public void serialize(O o, com.fasterxml.jackson.core.JsonGenerator gen, com.fasterxml.jackson.databind.SerializerProvider p)
                    throws java.io.IOException {
                p.defaultSerializeValue(value.apply(o), gen);
            }
        };
    }

    Output(PrintStream out) {
        this.out = out;
    }

    static Output of(Format format, PrintStream out) {
        return switch (format) {
            case TABLE -> new Table(out);
            case NDJSON -> new Ndjson(out);
            case CSV -> new Csv(out);
        };
    }

    /** Writes one row. */
    abstract void row(Object value);

    @Override
    public void close() {
        out.flush();
    }

    static JsonNode tree(Object value) {
        return value instanceof JsonNode n ? n : JSON.valueToTree(value);
    }

    /** {@code {"a":{"b":1},"c":[1,2]}} -> {@code a.b=1, c=1,2}. */
    static Map<String, String> flatten(Object value) {
        Map<String, String> m = new LinkedHashMap<>();
        flatten("", tree(value), m);
        return m;
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> into) {
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            if (!it.hasNext() && !prefix.isEmpty()) {
                into.put(prefix, "");
            }
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), into);
            }
        } else if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
            into.put(prefix.isEmpty() ? "value" : prefix, String.join(",", parts));
        } else {
            into.put(prefix.isEmpty() ? "value" : prefix, n.isNull() ? "" : n.asText());
        }
    }

    /** One JSON object per line. */
    static final class Ndjson extends Output {
        Ndjson(PrintStream out) {
            super(out);
        }

        @Override
        void row(Object value) {
            try {
                out.println(JSON.writeValueAsString(tree(value)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a row as JSON", e);
            }
        }
    }

    /** RFC 4180 CSV with a header taken from the first row. */
    static final class Csv extends Output {
        private List<String> columns;

        Csv(PrintStream out) {
            super(out);
        }

        @Override
        void row(Object value) {
            Map<String, String> m = flatten(value);
            if (columns == null) {
                columns = new ArrayList<>(m.keySet());
                out.println(String.join(",", columns.stream().map(Csv::quote).toList()));
            }
            out.println(String.join(",", columns.stream().map(c -> quote(m.getOrDefault(c, ""))).toList()));
        }

        static String quote(String s) {
            if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
                return s;
            }
            return '"' + s.replace("\"", "\"\"") + '"';
        }
    }

    /**
     * Aligned columns sized from the first {@value #SAMPLE} rows (longer values are cut with an
     * ellipsis); a single row is shown as name/value lines instead.
     */
    static final class Table extends Output {
        static final int SAMPLE = 50;
        static final int MAX_WIDTH = 40;
        private final List<Map<String, String>> pending = new ArrayList<>();
        private List<String> columns;
        private int[] widths;

        Table(PrintStream out) {
            super(out);
        }

        @Override
        void row(Object value) {
            Map<String, String> m = flatten(value);
            if (columns == null) {
                pending.add(m);
                if (pending.size() == SAMPLE) {
                    layout();
                }
                return;
            }
            print(m);
        }

        private void layout() {
            columns = new ArrayList<>(pending.get(0).keySet());
            widths = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                int w = width(columns.get(i));
                for (Map<String, String> r : pending) {
                    w = Math.max(w, width(r.getOrDefault(columns.get(i), "")));
                }
                widths[i] = Math.min(w, MAX_WIDTH);
            }
            StringBuilder head = new StringBuilder();
            StringBuilder rule = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                head.append(pad(columns.get(i), widths[i])).append(i + 1 < columns.size() ? "  " : "");
                rule.append("-".repeat(widths[i])).append(i + 1 < columns.size() ? "  " : "");
            }
            out.println(head.toString().stripTrailing());
            out.println(rule);
            pending.forEach(this::print);
            pending.clear();
        }

        private void print(Map<String, String> m) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                sb.append(pad(m.getOrDefault(columns.get(i), ""), widths[i])).append(i + 1 < columns.size() ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
        }

        @Override
        public void close() {
            if (columns == null && pending.size() == 1) {
                Map<String, String> only = pending.get(0);
                int w = only.keySet().stream().mapToInt(Table::width).max().orElse(0);
                only.forEach((k, v) -> out.println(pad(k, w) + "  " + v));
                pending.clear();
            } else if (columns == null && !pending.isEmpty()) {
                layout();
            }
            super.close();
        }

        /** Display width: CJK and other wide characters take two columns. */
        static int width(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                w += wide(cp) ? 2 : 1;
                i += Character.charCount(cp);
            }
            return w;
        }

        private static boolean wide(int cp) {
            return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        }

        static String pad(String s, int w) {
            String one = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            if (width(one) > w) {
                StringBuilder cut = new StringBuilder();
                int used = 0;
                for (int i = 0; i < one.length(); ) {
                    int cp = one.codePointAt(i);
                    int cw = wide(cp) ? 2 : 1;
                    if (used + cw > w - 1) {
                        break;
                    }
                    cut.appendCodePoint(cp);
                    used += cw;
                    i += Character.charCount(cp);
                }
                return cut + "…" + " ".repeat(Math.max(0, w - used - 1));
            }
            return one + " ".repeat(w - width(one));
        }
    }
}
