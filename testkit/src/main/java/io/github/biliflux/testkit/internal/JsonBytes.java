package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * A growing UTF-8 buffer for a payload written as JSON text (the relation lists): ASCII punctuation,
 * field names and numbers, strings escaped as Jackson escapes them, and pieces written before (the
 * cached cards). Not thread-safe.
 */
final class JsonBytes {

    private byte[] buf;
    private int len;

    JsonBytes(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Appends {@code s}, which holds ASCII characters only (JSON punctuation, field names, numbers). */
    JsonBytes ascii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends a JSON number. */
    JsonBytes number(long v) {
        return ascii(Long.toString(v));
    }

    /** Appends a JSON string: {@code s} quoted and escaped as Jackson's generators do, or null. */
    JsonBytes string(String s) {
        if (s == null) {
            return ascii("null");
        }
        byte[] quoted = JsonStringEncoder.getInstance().quoteAsUTF8(s);
        room(quoted.length + 2);
        buf[len++] = '"';
        System.arraycopy(quoted, 0, buf, len, quoted.length);
        len += quoted.length;
        buf[len++] = '"';
        return this;
    }

    /** Appends {@code b} from index {@code from} on. */
    JsonBytes bytes(byte[] b, int from) {
        return bytes(b, from, b.length - from);
    }

    /** Appends {@code length} bytes of {@code b} from index {@code from}. */
    JsonBytes bytes(byte[] b, int from, int length) {
        room(length);
        System.arraycopy(b, from, buf, len, length);
        len += length;
        return this;
    }

    /** The last byte written, or 0 when empty. */
    byte last() {
        return len == 0 ? 0 : buf[len - 1];
    }

    /** How many bytes were written. */
    int length() {
        return len;
    }

    /** A copy of the bytes written from index {@code from} on. */
    byte[] copyFrom(int from) {
        return Arrays.copyOfRange(buf, from, len);
    }

    /** A copy of the text written so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** The text written so far as a node that Jackson writes as it is (this buffer, not a copy: write no more). */
    JsonNode node() {
        return Json.raw(buf, len);
    }

    private void room(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }
}
