package io.github.biliflux.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.PrivacyException;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.World;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** BiliMetrics in a SimpleMeterRegistry, fed by a client streaming from the emulator. */
class BiliMetricsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private BiliEmulator emu;
    private MeterRegistry registry;
    private BiliMetrics metrics;
    private BiliClient bili;
    private RelationClient relations;

    @BeforeEach
    void start() {
        emu = BiliEmulator.start(World.demo());
        registry = new SimpleMeterRegistry();
        metrics = BiliMetrics.builder(registry).name("test").build();
        World.Session me = emu.world().session(World.DEMO_MID);
        bili = BiliClient.builder()
                .credentials(Credentials.cookie(me.sessdata(), me.biliJct(), me.mid()))
                .endpoints(Endpoints.singleBase(emu.baseUri()))
                .rateLimit(RateLimit.perSecond(1000).withCooldown(Duration.ofMillis(5), Duration.ofMillis(20)))
                .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
                .observer(metrics)
                .build();
        relations = RelationClient.of(bili);
    }

    @AfterEach
    void stop() {
        bili.close();
        emu.close();
    }

    @Test
    void aStreamCountsEveryPageEntryAndRequestPerRouteAndOutcome() {
        // The demo user has 320 followers: 7 pages of 50.
        StepVerifier.create(relations.followers(World.DEMO_MID).count())
                .expectNext(320L)
                .verifyComplete();

        Timer ok = registry.get("biliflux.requests")
                .tags("client", "test", "route", "R1", "host", "api", "method", "GET", "outcome", "success").timer();
        assertThat(ok.count()).isEqualTo(7);
        assertThat(ok.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.get("biliflux.pages").tags("route", "R1").counter().count()).isEqualTo(7);
        assertThat(registry.get("biliflux.entries").tags("route", "R1").counter().count()).isEqualTo(320);
        assertThat(registry.get("biliflux.permit.wait").tags("route", "R1", "host", "api").timer().count()).isEqualTo(7);
        assertThat(registry.get("biliflux.requests.active").gauge().value()).isZero();
        assertThat(emu.journal().count("/x/relation/followers")).isEqualTo(7);
    }

    @Test
    void throttlingAndServerErrorsCountRetriesCoolDownsAndOutcomes() {
        emu.faults().onlyPaths("/x/relation").failNext(2, Fault.CODE_412);
        StepVerifier.create(relations.relation(World.FRIEND_MID))
                .expectNextCount(1)
                .expectComplete()
                .verify(BOUND);

        String route = "R9";
        assertThat(registry.get("biliflux.throttled").tags("route", route).counter().count()).isEqualTo(2);
        assertThat(registry.get("biliflux.retries").tags("route", route).counter().count()).isEqualTo(2);
        assertThat(registry.get("biliflux.cooldown").tags("host", "api").timer().count()).isEqualTo(2);
        assertThat(registry.get("biliflux.requests").tags("route", route, "outcome", "success").timer().count()).isEqualTo(1);
    }

    @Test
    void aFailedCallIsCountedUnderItsOutcomeAndNothingStaysInFlight() {
        emu.faults().onlyPaths("/x/relation/followers").probability(Fault.HTTP_5XX, 1.0);
        StepVerifier.create(relations.followers(World.DEMO_MID))
                .expectError()
                .verify(BOUND);
        emu.faults().clear();
        StepVerifier.create(relations.followings(World.PRIVATE_MID))
                .expectError(PrivacyException.class)
                .verify(BOUND);

        assertThat(registry.get("biliflux.requests").tags("route", "R1", "outcome", "server_error").timer().count()).isEqualTo(1);
        assertThat(registry.get("biliflux.retries").tags("route", "R1").counter().count())
                .isEqualTo(RetryPolicy.defaults().maxAttempts() - 1);
        assertThat(registry.get("biliflux.requests").tags("route", "R2", "outcome", "api_error").timer().count()).isEqualTo(1);
        assertThat(metrics.activeRequests()).isZero();
    }

    @Test
    void tagsStayFewWhateverTheMidsAndPagesAre() {
        for (long mid : new long[] {World.DEMO_MID, World.FRIEND_MID, World.CAPPED_MID}) {
            StepVerifier.create(relations.followers(mid).take(120).then()).expectComplete().verify(BOUND);
        }
        Set<String> requestTimers = registry.find("biliflux.requests").timers().stream()
                .map(t -> t.getId().getTag("route") + "/" + t.getId().getTag("outcome"))
                .collect(Collectors.toSet());
        assertThat(requestTimers).containsOnly("R1/success");
        for (Meter m : registry.getMeters()) {
            for (var tag : m.getId().getTags()) {
                assertThat(tag.getValue()).doesNotContain(Long.toString(World.DEMO_MID)).doesNotContain("http");
            }
        }
    }

    @Test
    void percentilesAreOffUnlessAskedFor() {
        StepVerifier.create(relations.followers(World.DEMO_MID).take(1).then()).expectComplete().verify(BOUND);
        Timer plain = registry.get("biliflux.requests").tags("route", "R1").timer();
        assertThat(plain.takeSnapshot().percentileValues()).isEmpty();
        assertThat(plain.takeSnapshot().histogramCounts()).isEmpty();

        MeterRegistry other = new SimpleMeterRegistry();
        World.Session me = emu.world().session(World.DEMO_MID);
        try (BiliClient withPercentiles = BiliClient.builder()
                .credentials(Credentials.cookie(me.sessdata(), me.biliJct(), me.mid()))
                .endpoints(Endpoints.singleBase(emu.baseUri()))
                .observer(BiliMetrics.builder(other).percentiles(0.5, 0.99).build())
                .build()) {
            StepVerifier.create(RelationClient.of(withPercentiles).followers(World.DEMO_MID).take(1).then())
                    .expectComplete().verify(BOUND);
        }
        assertThat(other.get("biliflux.requests").tags("route", "R1").timer().takeSnapshot().percentileValues()).hasSize(2);
    }

    @Test
    void reactorNettyPoolGaugesGoToTheSameRegistry() {
        StepVerifier.create(relations.followers(World.DEMO_MID).take(1).then()).expectComplete().verify(BOUND);
        assertThat(registry.get("reactor.netty.connection.provider.total.connections")
                .tags("client", "test", "name", "biliflux").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(registry.get("reactor.netty.connection.provider.max.connections")
                .tags("name", "biliflux").gauge().value()).isEqualTo(50);

        MeterRegistry off = new SimpleMeterRegistry();
        World.Session me = emu.world().session(World.DEMO_MID);
        try (BiliClient quiet = BiliClient.builder()
                .credentials(Credentials.cookie(me.sessdata(), me.biliJct(), me.mid()))
                .endpoints(Endpoints.singleBase(emu.baseUri()))
                .observer(BiliMetrics.builder(off).connectionPoolMetrics(false).build())
                .build()) {
            StepVerifier.create(RelationClient.of(quiet).followers(World.DEMO_MID).take(1).then())
                    .expectComplete().verify(BOUND);
        }
        assertThat(off.find("reactor.netty.connection.provider.total.connections").gauges()).isEmpty();
        assertThat(off.find("biliflux.requests").timers()).isNotEmpty();
    }

    @Test
    void badOptionsFailAtOnceNamingTheParameter() {
        assertThatThrownBy(() -> BiliMetrics.builder(registry).percentiles(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentiles must be in 0..1");
        assertThatThrownBy(() -> BiliMetrics.builder(registry).name(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must be 1..64");
    }
}
