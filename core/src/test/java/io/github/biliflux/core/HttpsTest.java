package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.test.StepVerifier;

/**
 * Every production host is HTTPS ({@link Endpoints#production()}), so the TLS path of the client has to
 * start at all: Reactor Netty's secure client asks {@code io.netty.handler.codec.quic.Quic} whether
 * HTTP/3 is available when it first loads, and a build that drops the QUIC classes fails every HTTPS
 * call with a {@code NoClassDefFoundError} before a byte is sent. A raw socket stands in for the
 * server: it records the first bytes of every connection (a TLS ClientHello) and hangs up, which must
 * end the call as a typed transport error.
 */
@Timeout(30)
class HttpsTest {

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);

    @Test
    void anHttpsCallSendsATlsClientHelloAndATlsFailureIsATypedTransportError() throws Exception {
        List<byte[]> hellos = new CopyOnWriteArrayList<>();
        try (ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept(); InputStream in = s.getInputStream()) {
                        hellos.add(in.readNBytes(3));
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "tls-hangup");
            acceptor.setDaemon(true);
            acceptor.start();
            URI base = URI.create("https://127.0.0.1:" + socket.getLocalPort());
            try (BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(base))
                    .rateLimit(RateLimit.unlimited()).retry(RetryPolicy.none()).build()) {
                StepVerifier.create(bili.exchangeTree(READ.request().build()))
                        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(BiliTransportException.class)
                                .hasMessageContaining("T1 GET /x/read"))
                        .verify(Duration.ofSeconds(20));
            }
        }
        // 0x16: a TLS handshake record; 0x03: protocol major version 3 (TLS 1.x)
        assertThat(hellos).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith(0x16, 0x03));
    }
}
