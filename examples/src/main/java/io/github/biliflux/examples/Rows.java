package io.github.biliflux.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns any value a command prints (a record, a map) into one normalised JSON row, the same for
 * every format: field names in snake_case, numbers as plain numbers ({@code 20}, never
 * {@code 2E+1}), instants in the user's zone as ISO text with the offset, and an unknown time (the
 * epoch the decoders use for "absent") as null. Table and CSV then flatten the row to dotted columns.
 */
final class Rows {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final ObjectMapper json;
    /** {@link #snake} of each field name seen: the same few names come in every row. */
    private final Map<String, String> snakes = new ConcurrentHashMap<>();

    Rows(ZoneId zone) {
        this.json = JsonMapper.builder()
                .addModule(new SimpleModule("cli-values")
                        .addSerializer(Instant.class, serializer(i -> i.equals(Instant.EPOCH) ? null
                                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(i, zone))))
                        .addSerializer(LocalDate.class, ToStringSerializer.instance)
                        .addSerializer(LocalDateTime.class, ToStringSerializer.instance)
                        .addSerializer(OffsetDateTime.class, serializer(t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZoneSameInstant(zone))))
                        .addSerializer(ZonedDateTime.class, serializer(t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withZoneSameInstant(zone))))
                        .addSerializer(Optional.class, serializer(o -> o.orElse(null)))
                        .addSerializer(OptionalInt.class, serializer(o -> o.isPresent() ? o.getAsInt() : null))
                        .addSerializer(OptionalLong.class, serializer(o -> o.isPresent() ? o.getAsLong() : null))
                        .addSerializer(OptionalDouble.class, serializer(o -> o.isPresent() ? o.getAsDouble() : null)))
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .nodeFactory(NODES)
                .build();
    }

    /** A value written as what {@code f} makes of it (null writes null). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <V> JsonSerializer<V> serializer(Function<V, Object> f) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(V v, JsonGenerator gen, SerializerProvider p) throws IOException {
                p.defaultSerializeValue(f.apply(v), gen);
            }
        };
    }

    /** The normalised row of {@code value}; a value that is not an object becomes {@code {"value": ...}}. */
    ObjectNode row(Object value) {
        JsonNode n = normalise(value instanceof JsonNode j ? j : json.valueToTree(value));
        if (n instanceof ObjectNode o) {
            return o;
        }
        ObjectNode o = NODES.objectNode();
        o.set("value", n);
        return o;
    }

    /** One line of NDJSON. */
    String ndjson(JsonNode row) {
        try {
            return json.writeValueAsString(row);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a row as JSON", e);
        }
    }

    private JsonNode normalise(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                o.set(snakes.computeIfAbsent(e.getKey(), Rows::snake), normalise(e.getValue()));
            }
            return o;
        }
        if (n.isArray()) {
            var a = NODES.arrayNode();
            n.forEach(x -> a.add(normalise(x)));
            return a;
        }
        if (n.isBigDecimal()) {
            BigDecimal d = n.decimalValue();
            BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            if (s.scale() <= 0) {
                return s.toBigIntegerExact().bitLength() < 64 ? NODES.numberNode(s.longValueExact()) : NODES.numberNode(s.toBigIntegerExact());
            }
            return NODES.numberNode(s);
        }
        return n;
    }

    /** {@code vipDueDate} -> {@code vip_due_date}, {@code ID} -> {@code id}; snake_case stays as it is. */
    static String snake(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean wordStart = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if ((afterLower || wordStart) && sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c == '-' ? '_' : c);
            }
        }
        return sb.toString();
    }

    /** {@code {"a":{"b":1},"c":[1,2]}} -> {@code a.b=1, c=1,2}: the columns of the table and CSV. */
    static Map<String, String> flatten(JsonNode row) {
        Map<String, String> m = new LinkedHashMap<>();
        flatten("", row, m);
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
        } else {
            into.put(prefix.isEmpty() ? "value" : prefix, text(n));
        }
    }

    /** The text of a value as a person reads it: plain numbers, empty for null, arrays joined with commas. */
    static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "";
        }
        if (n.isBigDecimal()) {
            return n.decimalValue().toPlainString();
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.isValueNode() ? text(x) : x.toString()));
            return String.join(",", parts);
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    /** The node at a dotted path ({@code vip.vip_type}), or a missing node. */
    static JsonNode at(JsonNode row, String path) {
        JsonNode n = row;
        for (String part : path.split("\\.", -1)) {
            n = n.path(part);
        }
        return n;
    }
}
