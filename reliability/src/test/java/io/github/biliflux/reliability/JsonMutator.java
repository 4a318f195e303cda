package io.github.biliflux.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Turns a seed answer into a broken one, deterministically from a seed: fields deleted, values of
 * another type (string, number, null, array, object, boolean), extreme numbers, arrays emptied or
 * given null elements, the envelope's code changed; then, sometimes, the text truncated or garbage
 * inserted; or the whole body replaced by random JSON or random bytes.
 */
final class JsonMutator {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] STRINGS = {"", " ", "abc", "0", "-1", "12345678901234567890", "1.5", "1e999999999",
        "NaN", "null", "true", "١٢٣", "😀", "\u0000", "<html>", "2024-01-01", "[]", "{}"};
    private static final Object[] NUMBERS = {0, -1, 1, 2, 4, -2, -4, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
        Long.MIN_VALUE, new BigInteger("9223372036854775808"), new BigInteger("-99999999999999999999999"), 1.5, -0.0,
        new BigDecimal("1e30"), new BigDecimal("1e999999999"), new BigDecimal("-1e-999999999"), new BigDecimal("0.000001")};
    private static final Object[] CODES = {-101, -111, -352, -400, -404, -412, -500, -799, 22007, 22115, 40015, 88203,
        1, "0", "-101", null, "abc", 0.5, true};

    private JsonMutator() {
    }

    /** One systematic variant of a seed. */
    record Variant(String change, byte[] body) {
    }

    /** The awkward values {@link #sweep} puts in every place. */
    private static final Object[] AWKWARD = {null, "", "abc", "1e999999999", Long.MAX_VALUE, new BigInteger("9223372036854775808"),
        new BigDecimal("1e999999999"), new BigDecimal("-1e-999999999"), 1.5, -1, true};

    /** Every node of {@code seed} but the root deleted, and replaced by each awkward value, an empty array and object. */
    static List<Variant> sweep(JsonNode seed) {
        List<Variant> out = new ArrayList<>();
        List<List<Object>> paths = new ArrayList<>();
        paths(seed, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            List<JsonNode> values = new ArrayList<>();
            for (Object v : AWKWARD) {
                values.add(toNode(v));
            }
            values.add(F.arrayNode());
            values.add(F.objectNode());
            values.add(null); // deletion
            for (JsonNode v : values) {
                JsonNode copy = seed.deepCopy();
                JsonNode parent = copy;
                for (int i = 0; i < path.size() - 1; i++) {
                    Object step = path.get(i);
                    parent = step instanceof String k ? parent.get(k) : parent.get((Integer) step);
                }
                Object last = path.get(path.size() - 1);
                if (parent instanceof ObjectNode o) {
                    if (v == null) {
                        o.remove((String) last);
                    } else {
                        o.set((String) last, v);
                    }
                } else if (parent instanceof ArrayNode a) {
                    if (v == null) {
                        a.remove((Integer) last);
                    } else {
                        a.set((Integer) last, v);
                    }
                }
                out.add(new Variant(path + " := " + v, copy.toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static void paths(JsonNode n, List<Object> prefix, List<List<Object>> out) {
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(k -> {
                List<Object> p = new ArrayList<>(prefix);
                p.add(k);
                out.add(p);
                paths(n.get(k), p, out);
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                List<Object> p = new ArrayList<>(prefix);
                p.add(i);
                out.add(p);
                paths(n.get(i), p, out);
            }
        }
    }

    /** A broken variant of {@code seed}, reproducible from {@code rnd}. */
    static byte[] mutate(JsonNode seed, long rnd, int ops) {
        Random r = new Random(rnd);
        int mode = r.nextInt(20);
        if (mode == 0) {
            return randomBytes(r);
        }
        JsonNode tree;
        if (mode == 1) {
            ObjectNode env = F.objectNode().put("code", 0).put("message", "0");
            env.set(r.nextBoolean() ? "data" : seed.has("number") ? "number" : "data", randomValue(r, 3, names(seed)));
            tree = env;
        } else {
            tree = seed.deepCopy();
            for (int i = 0; i < ops; i++) {
                mutateTree(tree, r, names(seed));
            }
            if (r.nextInt(20) == 0 && tree instanceof ObjectNode o) {
                o.set("code", toNode(CODES[r.nextInt(CODES.length)]));
            }
        }
        String text = tree.toString();
        if (r.nextInt(4) == 0) {
            text = mutateText(text, r);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void mutateTree(JsonNode root, Random r, List<String> names) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(r.nextInt(containers.size()));
        if (parent instanceof ObjectNode o) {
            if (o.isEmpty()) {
                o.set(names.get(r.nextInt(names.size())), randomValue(r, 2, names));
                return;
            }
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            String key = keys.get(r.nextInt(keys.size()));
            switch (r.nextInt(4)) {
                case 0 -> o.remove(key);
                case 1 -> o.putNull(key);
                default -> o.set(key, replacement(o.get(key), r, names));
            }
        } else if (parent instanceof ArrayNode a) {
            switch (r.nextInt(5)) {
                case 0 -> a.removeAll();
                case 1 -> a.addNull();
                case 2 -> {
                    if (!a.isEmpty()) {
                        a.add(a.get(r.nextInt(a.size())).deepCopy());
                    }
                }
                default -> {
                    if (a.isEmpty()) {
                        a.add(randomValue(r, 2, names));
                    } else {
                        int i = r.nextInt(a.size());
                        a.set(i, replacement(a.get(i), r, names));
                    }
                }
            }
        }
    }

    /** A value of another type than {@code old} (or an extreme one of the same type). */
    private static JsonNode replacement(JsonNode old, Random r, List<String> names) {
        return switch (r.nextInt(7)) {
            case 0 -> F.textNode(old == null || old.isContainerNode() ? STRINGS[r.nextInt(STRINGS.length)] : old.asText());
            case 1 -> toNode(NUMBERS[r.nextInt(NUMBERS.length)]);
            case 2 -> F.textNode(STRINGS[r.nextInt(STRINGS.length)]);
            case 3 -> F.arrayNode().add(old == null ? F.nullNode() : old.deepCopy());
            case 4 -> F.objectNode().set(names.get(r.nextInt(names.size())), old == null ? F.nullNode() : old.deepCopy());
            case 5 -> F.booleanNode(r.nextBoolean());
            default -> randomValue(r, 2, names);
        };
    }

    /** A random JSON value, with field names taken from the seed so that some of them hit real fields. */
    static JsonNode randomValue(Random r, int depth, List<String> names) {
        int kind = r.nextInt(depth <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> toNode(NUMBERS[r.nextInt(NUMBERS.length)]);
            case 3 -> F.numberNode(r.nextLong());
            case 4 -> F.textNode(STRINGS[r.nextInt(STRINGS.length)]);
            case 5 -> {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(randomValue(r, depth - 1, names));
                }
                yield a;
            }
            default -> {
                ObjectNode o = F.objectNode();
                for (int i = r.nextInt(5); i > 0; i--) {
                    o.set(names.get(r.nextInt(names.size())), randomValue(r, depth - 1, names));
                }
                yield o;
            }
        };
    }

    private static String mutateText(String text, Random r) {
        int at = r.nextInt(text.length() + 1);
        return switch (r.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + garbage(r) + text.substring(at);
            case 2 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
            default -> text.substring(0, at) + text.substring(r.nextInt(at + 1));
        };
    }

    private static String garbage(Random r) {
        String[] bits = {"{", "}", "[", "]", "\"", ",", ":", "\\", "\\u12", "null", "1e", "-", "\u0000", "\uD800", "💥", "]]]]"};
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            sb.append(bits[r.nextInt(bits.length)]);
        }
        return sb.toString();
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(64)];
        r.nextBytes(b);
        return b;
    }

    private static JsonNode toNode(Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof Integer i) {
            return F.numberNode(i);
        }
        if (v instanceof Long l) {
            return F.numberNode(l);
        }
        if (v instanceof BigInteger b) {
            return F.numberNode(b);
        }
        if (v instanceof BigDecimal d) {
            return F.numberNode(d);
        }
        if (v instanceof Double d) {
            return F.numberNode(d);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        return F.textNode(v.toString());
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private static List<String> names(JsonNode seed) {
        List<String> names = new ArrayList<>();
        collectNames(seed, names);
        if (names.isEmpty()) {
            names.add("data");
        }
        return names;
    }

    private static void collectNames(JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(out::add);
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            collectNames(it.next(), out);
        }
    }
}
