package io.github.biliflux.core.internal;

import io.github.biliflux.core.ResponseTooLargeException;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.Arrays;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClientResponse;

/**
 * Reads an answer into memory up to the size cap, counted as it streams in: a Content-Length over
 * the cap is refused before reading, a body that passes it while streaming is refused at once.
 */
final class BodyReader {

    private static final byte[] EMPTY = new byte[0];

    private final int maxResponseBytes;

    /** A reader of bodies of at most {@code maxResponseBytes}. */
    BodyReader(int maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }

    /** The answer, its body read up to the cap: a Content-Length over it is refused before reading. */
    Mono<Transport.Raw> read(String route, HttpClientResponse res, ByteBufFlux content) {
        int status = res.status().code();
        String contentType = res.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
        String length = res.responseHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
        long n = -1;
        if (length != null) {
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n > maxResponseBytes) {
                return Mono.error(new ResponseTooLargeException(route, status, maxResponseBytes, "Content-Length " + n + ", not read"));
            }
        }
        int expected = (int) n;
        // Each chunk is copied once, straight from Netty's buffer (released after onNext) into a body
        // sized by Content-Length: no per-chunk array, no growing copies, no final trim.
        return content
                .collect(() -> new Body(route, status, maxResponseBytes, expected), Body::add)
                .map(b -> new Transport.Raw(status, contentType, b.bytes(), res.responseHeaders().getAll(HttpHeaderNames.SET_COOKIE)));
    }

    /** A body as it streams in, refused as soon as it passes the cap (the collect cancels the read). */
    private static final class Body {
        private final String route;
        private final int status;
        private final int cap;
        private byte[] buf = EMPTY;
        private int size;

        /** {@code expected}: the Content-Length (at most {@code cap}), or -1 when not sent. */
        Body(String route, int status, int cap, int expected) {
            this.route = route;
            this.status = status;
            this.cap = cap;
            if (expected > 0) {
                buf = new byte[expected];
            }
        }

        void add(io.netty.buffer.ByteBuf chunk) {
            int length = chunk.readableBytes();
            if (length > cap - size) {
                throw new ResponseTooLargeException(route, status, cap, "more than that streamed in; the rest was not read");
            }
            if (size + length > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(size + length, 2L * buf.length + 1024)));
            }
            chunk.readBytes(buf, size, length);
            size += length;
        }

        byte[] bytes() {
            return size == buf.length ? buf : Arrays.copyOf(buf, size);
        }
    }
}
