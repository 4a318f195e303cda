package io.github.biliflux.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** Each test gets a fresh world, clients of it, parameters; restart replaces the emulator. */
@Timeout(30)
class BiliEmulatorExtensionTest {

    static final long STRANGER = 700_000_005L;
    static final Route FOLLOW = Route.post("R7", Host.API, "/x/relation/modify", Auth.COOKIE_OR_APP);

    @RegisterExtension
    final BiliEmulatorExtension emulator = BiliEmulatorExtension.demo();

    @RepeatedTest(2)
    void everyTestStartsFromAFreshWorld(EmulatorFixture fx, World world, BiliEmulator emu) {
        assertThat(fx).isSameAs(emulator.fixture());
        assertThat(world).isSameAs(fx.world());
        assertThat(emu).isSameAs(fx.emu);
        assertThat(world.follows(World.DEMO_MID, STRANGER)).as("the last repetition's follow is gone").isFalse();
        assertThat(fx.journal().entries()).isEmpty();

        BiliClient bili = fx.client(fx.cookie());
        ApiRequest follow = FOLLOW.request().form("fid", STRANGER).form("act", 1).form("re_src", 11).build();
        StepVerifier.create(bili.execute(follow)).expectComplete().verify(Duration.ofSeconds(10));

        assertThat(world.follows(World.DEMO_MID, STRANGER)).isTrue();
        assertThat(fx.journal().entries("/x/relation/modify")).singleElement()
                .satisfies(e -> assertThat(e.form()).containsEntry("csrf", fx.session.biliJct()));
    }

    @Test
    void restartServesAnotherWorldAndClosesTheOld() throws Exception {
        EmulatorFixture old = emulator.fixture();
        EmulatorFixture next = emulator.restart(World.generated(7, 120));
        assertThat(next).isNotSameAs(old).isSameAs(emulator.fixture());
        assertThat(next.world().followers(World.DEMO_MID)).hasSize(120);
        assertThat(next.emu.baseUri()).isNotEqualTo(old.emu.baseUri());
    }

    @Test
    void aClientOfAnotherServerUsesItsEndpoints() {
        StubServer stub = emulator.fixture().closeLater(StubServer.json(200, "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":{}}"));
        BiliClient bili = emulator.fixture().client(emulator.fixture().app(), io.github.biliflux.core.Endpoints.singleBase(stub.baseUri()));
        StepVerifier.create(bili.execute(FOLLOW.request().form("fid", 1).build())).expectComplete().verify(Duration.ofSeconds(10));
        assertThat(stub.paths()).singleElement().satisfies(p -> assertThat(p).startsWith("/x/relation/modify"));
        assertThat(emulator.fixture().journal().entries()).isEmpty();
    }

    @Test
    void thereIsNoFixtureOutsideATest() {
        assertThatThrownBy(() -> BiliEmulatorExtension.demo().fixture()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no test is running");
    }
}
