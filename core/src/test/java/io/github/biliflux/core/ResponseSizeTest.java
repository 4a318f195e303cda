package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.test.StepVerifier;

/**
 * Issue 12, point 2: the answer is read only up to the size cap, counted while it streams in; a
 * Content-Length over the cap is refused before the body is read. The raw server offers 256 MB
 * (or an endless chunked body) and counts how much it managed to write before the client hung up.
 */
@Timeout(60)
class ResponseSizeTest {

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);
    static final Route CHARGE = Route.post("W1", Host.API, "/x/charge", Auth.COOKIE);
    static final int CAP = 1024 * 1024;
    static final long OFFERED = 256L * 1024 * 1024;
    /** Socket buffers on both sides of the loopback hold a few MB; reading on would move all 256 MB. */
    static final long MOST_WRITTEN = 48L * 1024 * 1024;

    final RawServer server;
    final BiliClient bili;

    ResponseSizeTest() throws Exception {
        server = new RawServer();
        bili = BiliClient.builder().endpoints(Endpoints.singleBase(server.baseUri()))
                .credentials(Fixtures.cookie())
                .rateLimit(RateLimit.unlimited())
                .retry(RetryPolicy.defaults().withMaxAttempts(3).withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))
                .maxResponseSize(CAP)
                .deadline(Duration.ofSeconds(20))
                .build();
    }

    @AfterEach
    void close() throws Exception {
        bili.close();
        server.close();
        System.out.printf("ResponseSizeTest: the server wrote %,d bytes before the client hung up%n", server.written.get());
    }

    /** A JSON envelope whose message is {@code OFFERED} bytes long, with an honest Content-Length. */
    static RawServer.Handler huge(boolean chunked) {
        return (r, out) -> {
            String open = "{\"code\":0,\"message\":\"";
            if (chunked) {
                RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                RawServer.write(out, Integer.toHexString(open.length()) + "\r\n" + open + "\r\n");
            } else {
                RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + (OFFERED + open.length() + 2) + "\r\n\r\n" + open);
            }
            byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            byte[] chunk = (Integer.toHexString(block.length) + "\r\n" + new String(block, StandardCharsets.US_ASCII) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (long sent = 0; chunked || sent < OFFERED; sent += block.length) {
                out.write(chunked ? chunk : block); // endless when chunked: only the client can stop it
            }
            write(out, "\"}");
        };
    }

    static void write(OutputStream out, String s) throws java.io.IOException {
        RawServer.write(out, s);
    }

    @Test
    void aContentLengthOverTheCapIsRefusedBeforeReadingAndNotRetried() {
        server.on("/x/read", huge(false));
        StepVerifier.create(bili.exchangeTree(READ.request().build()))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(ResponseTooLargeException.class).isInstanceOf(MalformedResponseException.class);
                    assertThat(((ResponseTooLargeException) e).limit()).isEqualTo(CAP);
                    assertThat(e.getMessage()).contains("Content-Length").contains(Integer.toString(CAP));
                })
                .verify(Duration.ofSeconds(30));
        assertThat(server.received("/x/read")).hasSize(1);
        assertThat(server.written.get()).isLessThan(MOST_WRITTEN);
    }

    @Test
    void anEndlessChunkedBodyIsCutAtTheCap() {
        server.on("/x/read", huge(true));
        StepVerifier.create(bili.exchangeTree(READ.request().build()))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(ResponseTooLargeException.class);
                    assertThat(e.getMessage()).contains("streamed in").contains(Integer.toString(CAP));
                })
                .verify(Duration.ofSeconds(30));
        assertThat(server.received("/x/read")).hasSize(1);
        assertThat(server.written.get()).isLessThan(MOST_WRITTEN);
    }

    @Test
    void aChargeWithAHugeAnswerIsSentOnceAndItsOutcomeIsUnknown() {
        server.on("/x/charge", huge(true));
        StepVerifier.create(bili.exchangeTree(CHARGE.request().form("bp_num", "2").build()))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(OutcomeUnknownException.class)
                        .hasCauseInstanceOf(ResponseTooLargeException.class))
                .verify(Duration.ofSeconds(30));
        assertThat(server.received("/x/charge")).hasSize(1);
    }

    @Test
    void anAnswerJustUnderTheCapIsRead() {
        String pad = "y".repeat(CAP - 200);
        server.on("/x/read", (r, out) -> RawServer.write(out, RawServer.ok("{\"pad\":\"" + pad + "\"}")));
        StepVerifier.create(bili.exchangeTree(READ.request().build()))
                .assertNext(n -> assertThat(n.path("pad").asText()).hasSize(CAP - 200))
                .verifyComplete();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BiliClient.builder().maxResponseSize(10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResponseSize");
    }
}
