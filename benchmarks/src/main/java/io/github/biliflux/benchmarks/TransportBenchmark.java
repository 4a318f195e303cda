package io.github.biliflux.benchmarks;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationUser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The cost of one request for a 50-entry R1 page decoded into {@link RelationUser} records: biliflux
 * (cookie signing, {@code RateLimit.unlimited()}, default retry) against raw Reactor Netty + Jackson,
 * both against the same local server serving the same bytes. One at a time ({@code *Sequential},
 * latency-bound: mostly the loopback round trip) and {@value #IN_FLIGHT} in flight
 * ({@code *Concurrent}, CPU-bound on a small machine: where per-request overhead shows).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransportBenchmark {

    static final int IN_FLIGHT = 16;

    private PageServer server;
    private BiliClient bili;
    private RelationClient relation;
    private Clients.Raw raw;

    @Setup(Level.Trial)
    public void setUp() {
        server = PageServer.start(FollowersPage.bytes());
        bili = Clients.bili(server.baseUri());
        relation = RelationClient.of(bili);
        raw = new Clients.Raw(server.baseUri());
        // Fail at once if the two sides do not decode the same entries.
        List<RelationUser> a = Clients.viaBili(bili).block();
        List<RelationUser> b = raw.fetch().block();
        if (a == null || a.size() != FollowersPage.SIZE || !a.equals(b)) {
            throw new IllegalStateException("biliflux and raw decode different pages");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bili.close();
        raw.close();
        server.close();
    }

    /** biliflux: {@code bili.exchange(R1 page, Wire.UserList)} mapped to records, one at a time. */
    @Benchmark
    public List<RelationUser> bilifluxSequential() {
        return Clients.viaBili(bili).block();
    }

    /** biliflux through the public API: the first page of {@code RelationClient.followers(vmid).byPage()}. */
    @Benchmark
    public Object relationFirstPageSequential() {
        return relation.followers(FollowersPage.VMID).byPage().next().block();
    }

    /** Raw Reactor Netty + Jackson, one at a time. */
    @Benchmark
    public List<RelationUser> rawSequential() {
        return raw.fetch().block();
    }

    /** biliflux, {@value #IN_FLIGHT} requests in flight (score: requests/s). */
    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public Object bilifluxConcurrent() {
        return concurrently(Clients.viaBili(bili));
    }

    /** Raw, {@value #IN_FLIGHT} requests in flight (score: requests/s). */
    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public Object rawConcurrent() {
        return concurrently(raw.fetch());
    }

    private static Object concurrently(Mono<List<RelationUser>> one) {
        return Flux.range(0, IN_FLIGHT).flatMap(i -> one, IN_FLIGHT).count().block();
    }
}
