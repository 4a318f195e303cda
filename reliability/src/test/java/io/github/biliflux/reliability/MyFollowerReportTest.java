package io.github.biliflux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.testing.BiliEmulatorExtension;
import io.github.biliflux.testing.EmulatorFixture;
import io.github.biliflux.testkit.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** README "Testing your own code", verbatim between the tags (ReadmeSnippetsTest checks it), run as a test. */
// tag::testing[]
class MyFollowerReportTest {

    @RegisterExtension
    final BiliEmulatorExtension emulator = BiliEmulatorExtension.demo();   // or .of(() -> World.generated(1, 5_000))

    @Test
    void countsEveryFollower() {
        EmulatorFixture fx = emulator.fixture();
        BiliClient bili = fx.client(fx.cookie());                         // fast retries, no rate limit
        StepVerifier.create(RelationClient.of(bili).followers(World.DEMO_MID).pageSize(20).count())
            .expectNext(320L).verifyComplete();
        assertThat(fx.journal().entries("/x/relation/followers")).hasSize(16);
    }
}
// end::testing[]
