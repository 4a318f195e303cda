package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link BiliEmulator#startInBackground}: returns before the world is built, then serves it. */
@Timeout(30)
class StartInBackgroundTest {

    @Test
    void returnsAtOnceAndServesTheWorldOnceStarted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> builtOn = new AtomicReference<>();
        CompletableFuture<BiliEmulator> started = BiliEmulator.startInBackground(() -> {
            builtOn.set(Thread.currentThread().getName());
            try {
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return World.demo();
        });
        assertThat(started).isNotDone();
        release.countDown();

        try (BiliEmulator emu = started.get(20, TimeUnit.SECONDS)) {
            assertThat(builtOn.get()).isEqualTo("biliflux-emulator-start");
            Http.Res r = new Http(emu.baseUri()).get("/x/relation/followers",
                    Map.of("vmid", "" + World.DEMO_MID, "ps", "50"), emu.world().cookieHeader(World.DEMO_MID));
            assertThat(r.code()).isZero();
            assertThat(r.data().path("list")).hasSize(50);
            assertThat(r.data().path("total").asInt()).isEqualTo(320);
        }
    }

    @Test
    void aWorldThatFailsCompletesTheFutureWithItsException() {
        CompletableFuture<BiliEmulator> started = BiliEmulator.startInBackground(() -> {
            throw new IllegalArgumentException("no world today");
        });

        assertThatThrownBy(() -> started.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("no world today");
    }
}
