package io.github.biliflux.core;

import static io.github.biliflux.core.ScriptedServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Issue 12, point 4: {@code close()} is final. New calls fail at once and send nothing; calls in
 * flight are cancelled at once (a mutation as outcome unknown), long before any timeout;
 * {@code closeGracefully} lets calls in flight finish first.
 */
@Timeout(30)
class CloseTest {

    static final Route READ = Route.get("T1", Host.API, "/x/read", Auth.NONE);
    static final Route CHARGE = Route.post("W1", Host.API, "/x/charge", Auth.COOKIE);

    final ScriptedServer server = new ScriptedServer();
    /** Deadline and idle timeout far beyond the test's bounds: only close() can end a call promptly. */
    final BiliClient bili = Fixtures.client(server).credentials(Fixtures.cookie())
            .deadline(Duration.ofMinutes(5)).responseTimeout(Duration.ofMinutes(5)).build();
    final CountDownLatch arrived = new CountDownLatch(1);

    @AfterEach
    void close() {
        bili.close();
        server.close();
    }

    /** The server takes the request and never answers. */
    ScriptedServer.Answer hang() {
        return (r, req, res) -> {
            arrived.countDown();
            return Mono.never();
        };
    }

    void awaitArrival() {
        try {
            assertThat(arrived.await(10, TimeUnit.SECONDS)).as("request arrived").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void afterCloseReadsAndChargesFailAtOnceAndSendNothing() {
        bili.close();
        StepVerifier.create(bili.exchangeTree(READ.request().build()))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(ClientClosedException.class);
                    assertThat(((ClientClosedException) e).mayHaveBeenSent()).isFalse();
                    assertThat(e.getMessage()).contains("closed").contains("T1 GET /x/read");
                })
                .verify(Duration.ofSeconds(2));
        StepVerifier.create(bili.exchangeTree(CHARGE.request().form("bp_num", "2").build()))
                .expectError(ClientClosedException.class)
                .verify(Duration.ofSeconds(2));
        assertThat(server.received()).isEmpty();
        assertThat(bili.isClosed()).isTrue();
        bili.close(); // idempotent
        StepVerifier.create(bili.closeLater()).verifyComplete();
    }

    @Test
    void aReadInFlightIsCancelledByClose() {
        server.script("/x/read", hang());
        StepVerifier.create(bili.exchangeTree(READ.request().build()))
                .expectSubscription()
                .then(this::awaitArrival)
                .then(bili::close)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ClientClosedException.class)
                        .satisfies(c -> assertThat(((ClientClosedException) c).mayHaveBeenSent()).isTrue()))
                .verify(Duration.ofSeconds(5));
        assertThat(server.received("/x/read")).hasSize(1);
    }

    @Test
    void aChargeInFlightAtCloseEndsAsOutcomeUnknownAndIsNotResent() {
        server.script("/x/charge", hang());
        StepVerifier.create(bili.exchangeTree(CHARGE.request().form("bp_num", "2").build()))
                .expectSubscription()
                .then(this::awaitArrival)
                .then(bili::close)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(OutcomeUnknownException.class)
                        .hasCauseInstanceOf(ClientClosedException.class))
                .verify(Duration.ofSeconds(5));
        assertThat(server.received("/x/charge")).hasSize(1);
    }

    @Test
    void closeGracefullyLetsCallsInFlightFinishAndRefusesNewOnes() {
        server.script("/x/read", (r, req, res) -> {
            arrived.countDown();
            return Mono.delay(Duration.ofMillis(300)).then(ok("{\"v\":7}").answer(r, req, res));
        });
        StepVerifier.create(bili.exchangeTree(READ.request().build()))
                .expectSubscription()
                .then(this::awaitArrival)
                .then(() -> {
                    bili.closeGracefully(Duration.ofSeconds(10)).subscribe();
                    StepVerifier.create(bili.exchangeTree(READ.request().build()))
                            .expectError(ClientClosedException.class).verify(Duration.ofSeconds(2));
                })
                .assertNext(n -> assertThat(n.path("v").asInt()).isEqualTo(7))
                .verifyComplete();
        assertThat(server.received("/x/read")).hasSize(1);
    }

    @Test
    void closeGracefullyCancelsWhatIsLeftAfterTheGrace() {
        server.script("/x/charge", hang());
        StepVerifier.create(bili.exchangeTree(CHARGE.request().form("bp_num", "2").build()))
                .expectSubscription()
                .then(this::awaitArrival)
                .then(() -> bili.closeGracefully(Duration.ofMillis(100)).subscribe())
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(OutcomeUnknownException.class)
                        .hasCauseInstanceOf(ClientClosedException.class))
                .verify(Duration.ofSeconds(5));
        StepVerifier.create(bili.closeGracefully(Duration.ZERO)).verifyComplete();
        assertThat(bili.isClosed()).isTrue();
        assertThat(server.received("/x/charge")).hasSize(1);
        assertThatThrownBy(() -> bili.closeGracefully(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grace");
    }
}
