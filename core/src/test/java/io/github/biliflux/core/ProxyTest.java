package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** BiliClient.builder().proxy(...): requests go through a local HTTP or SOCKS5 proxy, or around it. */
class ProxyTest {

    private static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);
    private static final Duration BOUND = Duration.ofSeconds(20);

    private ScriptedServer server;
    private TestProxy proxy;

    @BeforeEach
    void start() {
        server = new ScriptedServer();
    }

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        server.close();
    }

    private String target() {
        return "127.0.0.1:" + server.baseUri().getPort();
    }

    private void readThrough(ProxyConfig config) {
        try (BiliClient bili = Fixtures.client(server).proxy(config).build()) {
            StepVerifier.create(bili.exchangeTree(READ.request().build()))
                    .expectNextMatches(JsonNode::isNull)
                    .expectComplete()
                    .verify(BOUND);
        }
    }

    @Test
    void anHttpProxyTunnelsTheRequest() {
        proxy = TestProxy.start(TestProxy.Kind.HTTP);
        readThrough(ProxyConfig.http("127.0.0.1", proxy.port()));
        assertThat(proxy.targets()).containsExactly(target());
        assertThat(server.received("/x/read")).hasSize(1);
    }

    @Test
    void aSocks5ProxyCarriesTheRequestAndItsCredentials() {
        proxy = TestProxy.start(TestProxy.Kind.SOCKS5);
        readThrough(ProxyConfig.socks5("127.0.0.1", proxy.port()).credentials("alice", "s3cret-pw"));
        assertThat(proxy.targets()).containsExactly(target());
        assertThat(proxy.users()).containsExactly("alice");
        assertThat(server.received("/x/read")).hasSize(1);
    }

    @Test
    void anHttpProxyGetsBasicCredentials() {
        proxy = TestProxy.start(TestProxy.Kind.HTTP);
        readThrough(ProxyConfig.http("127.0.0.1", proxy.port()).credentials("bob", "pw"));
        assertThat(proxy.users()).containsExactly("bob");
    }

    @Test
    void nonProxyHostsGoDirect() {
        proxy = TestProxy.start(TestProxy.Kind.HTTP);
        readThrough(ProxyConfig.http("127.0.0.1", proxy.port()).nonProxyHosts("localhost", "127.*"));
        assertThat(proxy.targets()).isEmpty();
        assertThat(server.received("/x/read")).hasSize(1);

        readThrough(ProxyConfig.http("127.0.0.1", proxy.port()).nonProxyHosts("*.example.com"));
        assertThat(proxy.targets()).containsExactly(target());
    }

    @Test
    void anUnreachableProxyFailsTheCallInBoundedTime() {
        proxy = TestProxy.start(TestProxy.Kind.HTTP);
        int port = proxy.port();
        proxy.close();
        try (BiliClient bili = Fixtures.client(server).proxy(ProxyConfig.http("127.0.0.1", port)).build()) {
            StepVerifier.create(bili.exchangeTree(READ.request().build()))
                    .expectError(BiliTransportException.class)
                    .verify(BOUND);
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void badSettingsFailAtOnceAndThePasswordNeverShows() {
        assertThatThrownBy(() -> ProxyConfig.http("127.0.0.1", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port").hasMessageContaining("65535");
        assertThatThrownBy(() -> ProxyConfig.socks5(" ", 1080))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> ProxyConfig.http("h", 1).nonProxyHosts(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonProxyHosts");
        ProxyConfig c = ProxyConfig.socks5("proxy.example", 1080).credentials("alice", "s3cret-pw").nonProxyHosts("*.internal");
        assertThat(c.toString()).contains("SOCKS5 proxy.example:1080", "alice", "*.internal").doesNotContain("s3cret-pw");
        assertThat(c.bypasses("API.Internal")).isTrue();
        assertThat(c.bypasses("api.bilibili.com")).isFalse();
    }
}
