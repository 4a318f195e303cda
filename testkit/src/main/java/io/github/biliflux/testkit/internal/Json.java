package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Collection;

/** The one Jackson mapper of the emulator and small node builders. */
public final class Json {

    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    /** A new empty object node. */
    public static ObjectNode obj() {
        return F.objectNode();
    }

    /** A new empty array node. */
    public static ArrayNode arr() {
        return F.arrayNode();
    }

    /** An array of longs. */
    public static ArrayNode longs(Collection<Long> values) {
        ArrayNode a = arr();
        values.forEach(a::add);
        return a;
    }

    /**
     * A node that is written as the given JSON text, as it is: for payloads written as text once
     * (the relation lists) instead of built as a tree.
     */
    public static JsonNode raw(String json) {
        return F.rawValueNode(new RawValue(json));
    }

    /** Serializes a node to UTF-8 bytes. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a JSON text, or returns null when it is blank or not JSON. */
    public static JsonNode parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }
}
