package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
     * A node that is written as the first {@code length} bytes of {@code utf8Json}, UTF-8 JSON text, as
     * they are: for payloads written as text (the relation lists) instead of built as a tree.
     */
    static JsonNode raw(byte[] utf8Json, int length) {
        return F.rawValueNode(new RawValue(new Utf8(utf8Json, length)));
    }

    /** The length of the text of {@code node} when {@link #raw(byte[], int)} made it, else -1. */
    static int rawLength(JsonNode node) {
        Utf8 u = utf8(node);
        return u == null ? -1 : u.length;
    }

    /** Appends the text of {@code node}, which {@link #raw(byte[], int)} made, to {@code out}. */
    static JsonBytes appendRaw(JsonNode node, JsonBytes out) {
        Utf8 u = utf8(node);
        return out.bytes(u.utf8, 0, u.length);
    }

    private static Utf8 utf8(JsonNode node) {
        return node instanceof POJONode p && p.getPojo() instanceof RawValue v && v.rawValue() instanceof Utf8 u ? u : null;
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

    /**
     * UTF-8 JSON text that Jackson's byte generator copies as it is ({@link #asUnquotedUTF8}); the other
     * forms (a character generator, a quoted string) decode it first.
     */
    private static final class Utf8 implements SerializableString {
        private final byte[] utf8;
        private final int length;

        Utf8(byte[] utf8, int length) {
            this.utf8 = utf8;
            this.length = length;
        }

        @Override
        public String getValue() {
            return new String(utf8, 0, length, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public char[] asQuotedChars() {
            return JsonStringEncoder.getInstance().quoteAsString(getValue());
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return length == utf8.length ? utf8 : Arrays.copyOf(utf8, length);
        }

        @Override
        public byte[] asQuotedUTF8() {
            return JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return copy(asQuotedUTF8(), buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            char[] q = asQuotedChars();
            if (offset + q.length > buffer.length) {
                return -1;
            }
            System.arraycopy(q, 0, buffer, offset, q.length);
            return q.length;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, length);
            return length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String v = getValue();
            if (offset + v.length() > buffer.length) {
                return -1;
            }
            v.getChars(0, v.length(), buffer, offset);
            return v.length();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            byte[] q = asQuotedUTF8();
            out.write(q);
            return q.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8, 0, length);
            return length;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            return put(asQuotedUTF8(), buffer);
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (length > buffer.remaining()) {
                return -1;
            }
            buffer.put(utf8, 0, length);
            return length;
        }

        private static int copy(byte[] from, byte[] to, int offset) {
            if (offset + from.length > to.length) {
                return -1;
            }
            System.arraycopy(from, 0, to, offset, from.length);
            return from.length;
        }

        private static int put(byte[] from, ByteBuffer to) {
            if (from.length > to.remaining()) {
                return -1;
            }
            to.put(from);
            return from.length;
        }
    }
}
