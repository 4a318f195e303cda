package io.github.biliflux.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a command's rows on stdout as a table, NDJSON or CSV, as they come. Every row is first
 * normalised by {@link Rows} and named by the command's {@link View}. The table shows the view's few
 * columns (or {@code --columns}) within {@value #WIDTH} characters; NDJSON and CSV keep every field
 * unless {@code --columns} picks some. A list is always a table with a header, even of one row; a
 * single value ({@code account}, {@code relation}, a charge) is a two-column field/value table.
 */
abstract class Output implements AutoCloseable {

    /** The widest line a table prints. */
    static final int WIDTH = 100;

    /** The output formats. */
    enum Format {
        /** Aligned columns for a person. */
        TABLE,
        /** One JSON object per line, every field. */
        NDJSON,
        /** RFC 4180 CSV with a header, every field. */
        CSV;

        /** {@code table}, {@code ndjson} or {@code csv}, in any case. */
        static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "table" -> TABLE;
                case "ndjson" -> NDJSON;
                case "csv" -> CSV;
                default -> throw new IllegalArgumentException("--format must be table, ndjson or csv, was '" + s + "'");
            };
        }
    }

    protected final PrintStream out;
    protected final Rows rows;
    protected final View view;
    /** {@code --columns}, or null. */
    protected final List<String> requested;
    /** The columns, fixed by the first row. */
    protected List<String> columns;

    Output(PrintStream out, Rows rows, View view, List<String> requested) {
        this.out = out;
        this.rows = rows;
        this.view = view;
        this.requested = requested == null || requested.isEmpty() ? null : List.copyOf(requested);
    }

    /** The output of a list command. */
    static Output list(Format format, PrintStream out, Rows rows, View view, List<String> columns) {
        return switch (format) {
            case TABLE -> new Table(out, rows, view, columns);
            case NDJSON -> new Ndjson(out, rows, view, columns);
            case CSV -> new Csv(out, rows, view, columns);
        };
    }

    /** The output of a command that prints one value. */
    static Output single(Format format, PrintStream out, Rows rows, View view, List<String> columns) {
        return format == Format.TABLE ? new Fields(out, rows, view, columns) : list(format, out, rows, view, columns);
    }

    /** Writes one row. */
    final void row(Object value) {
        ObjectNode row = view.apply(rows.row(value));
        Map<String, String> flat = columns == null || flattens() ? Rows.flatten(row) : null;
        if (columns == null) {
            columns = requested != null ? resolve(requested, flat) : defaults(flat);
        }
        write(row, flat);
    }

    /** Whether {@link #write} reads the flat columns of every row (else only the first row is flattened, to fix the columns). */
    boolean flattens() {
        return true;
    }

    /** Writes {@code row}; {@code flat} is its dotted columns, or null when {@link #flattens()} says they are not read. */
    abstract void write(ObjectNode row, Map<String, String> flat);

    /** The columns when none were asked for: every field. */
    List<String> defaults(Map<String, String> flat) {
        return List.copyOf(flat.keySet());
    }

    /** {@code --columns}: each a column of the row, or a prefix of some ({@code vip} = every {@code vip.*}). */
    static List<String> resolve(List<String> asked, Map<String, String> flat) {
        List<String> out = new ArrayList<>();
        for (String a : asked) {
            String c = a.strip();
            if (flat.containsKey(c)) {
                out.add(c);
                continue;
            }
            List<String> under = flat.keySet().stream().filter(k -> k.startsWith(c + ".")).toList();
            if (under.isEmpty()) {
                throw new IllegalArgumentException("--columns: there is no column '" + c + "'; the columns are "
                        + String.join(",", flat.keySet()));
            }
            out.addAll(under);
        }
        return List.copyOf(out);
    }

    @Override
    public void close() {
        out.flush();
    }

    /** One JSON object per line. */
    static final class Ndjson extends Output {
        Ndjson(PrintStream out, Rows rows, View view, List<String> columns) {
            super(out, rows, view, columns);
        }

        @Override
        boolean flattens() {
            return false;
        }

        @Override
        void write(ObjectNode row, Map<String, String> flat) {
            if (requested == null) {
                out.println(rows.ndjson(row));
                return;
            }
            ObjectNode picked = JsonNodeFactory.instance.objectNode();
            columns.forEach(c -> picked.set(c, Rows.at(row, c)));
            out.println(rows.ndjson(picked));
        }
    }

    /** RFC 4180 CSV (quoted by jackson-dataformat-csv) with a header taken from the first row. */
    static final class Csv extends Output {
        private static final CsvMapper CSV = new CsvMapper();
        private ObjectWriter writer;

        Csv(PrintStream out, Rows rows, View view, List<String> columns) {
            super(out, rows, view, columns);
        }

        @Override
        void write(ObjectNode row, Map<String, String> flat) {
            if (writer == null) {
                CsvSchema.Builder schema = CsvSchema.builder();
                columns.forEach(schema::addColumn);
                writer = CSV.writer(schema.build().withoutHeader());
                line(columns);
            }
            line(columns.stream().map(c -> flat.getOrDefault(c, "")).toList());
        }

        private void line(List<String> values) {
            try {
                out.print(writer.writeValueAsString(values));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a CSV line", e);
            }
        }
    }

    /** The outputs for people (table, fields): the view's columns when none were asked for, else every field. */
    abstract static class ForPeople extends Output {
        ForPeople(PrintStream out, Rows rows, View view, List<String> columns) {
            super(out, rows, view, columns);
        }

        @Override
        List<String> defaults(Map<String, String> flat) {
            List<String> picked = view.columns().stream().filter(flat::containsKey).toList();
            return picked.isEmpty() ? List.copyOf(flat.keySet()) : picked;
        }
    }

    /**
     * Aligned columns sized from the first {@value #SAMPLE} rows, narrowed to fit {@value #WIDTH}
     * characters (longer values are cut with an ellipsis); always a header, even for one row.
     */
    static final class Table extends ForPeople {
        static final int SAMPLE = 50;
        static final int MAX_COLUMN = 40;
        private final List<Map<String, String>> pending = new ArrayList<>();
        private int[] widths;

        Table(PrintStream out, Rows rows, View view, List<String> columns) {
            super(out, rows, view, columns);
        }

        @Override
        void write(ObjectNode row, Map<String, String> flat) {
            if (widths == null) {
                pending.add(flat);
                if (pending.size() == SAMPLE) {
                    layout();
                }
                return;
            }
            print(flat);
        }

        private void layout() {
            widths = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                int w = width(columns.get(i));
                for (Map<String, String> r : pending) {
                    w = Math.max(w, width(r.getOrDefault(columns.get(i), "")));
                }
                widths[i] = Math.min(w, MAX_COLUMN);
            }
            fit(widths, WIDTH);
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

        /** Narrows the widest columns until the line (with two spaces between columns) fits {@code max}. */
        static void fit(int[] widths, int max) {
            while (true) {
                int total = 2 * (widths.length - 1);
                int widest = 0;
                for (int i = 0; i < widths.length; i++) {
                    total += widths[i];
                    widest = widths[i] > widths[widest] ? i : widest;
                }
                if (total <= max || widths[widest] <= 4) {
                    return;
                }
                widths[widest]--;
            }
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
            if (widths == null && !pending.isEmpty()) {
                layout();
            }
            super.close();
        }
    }

    /** One value as a field/value table, one line per field. */
    static final class Fields extends ForPeople {
        Fields(PrintStream out, Rows rows, View view, List<String> columns) {
            super(out, rows, view, columns);
        }

        @Override
        void write(ObjectNode row, Map<String, String> flat) {
            int[] widths = {"field".length(), "value".length()};
            for (String c : columns) {
                widths[0] = Math.max(widths[0], width(c));
                widths[1] = Math.max(widths[1], width(flat.getOrDefault(c, "")));
            }
            Table.fit(widths, WIDTH);
            out.println(pad("field", widths[0]) + "  value");
            out.println("-".repeat(widths[0]) + "  " + "-".repeat(widths[1]));
            for (String c : columns) {
                out.println((pad(c, widths[0]) + "  " + pad(flat.getOrDefault(c, ""), widths[1])).stripTrailing());
            }
        }
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

    /** {@code s} on one line, padded or cut (with an ellipsis) to exactly {@code w} columns. */
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
