package io.github.biliflux.micrometer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

/**
 * Reactor Netty's connection-pool gauges, under Reactor Netty's own names, in the registry of a
 * {@link BiliMetrics} (Reactor Netty's built-in registrar would use Micrometer's global registry).
 * One set per pool and remote address: the client's few hosts.
 */
final class PoolMetrics implements ConnectionProvider.MeterRegistrar {

    private static final String PREFIX = "reactor.netty.connection.provider.";
    private static final Map<String, ToDoubleFunction<ConnectionPoolMetrics>> GAUGES = Map.of(
            "total.connections", ConnectionPoolMetrics::allocatedSize,
            "active.connections", ConnectionPoolMetrics::acquiredSize,
            "idle.connections", ConnectionPoolMetrics::idleSize,
            "pending.connections", ConnectionPoolMetrics::pendingAcquireSize,
            "max.connections", ConnectionPoolMetrics::maxAllocatedSize,
            "max.pending.connections", ConnectionPoolMetrics::maxPendingAcquireSize);

    private final MeterRegistry registry;
    private final Tags common;
    private final Map<String, List<Meter>> registered = new ConcurrentHashMap<>();

    PoolMetrics(MeterRegistry registry, Tags common) {
        this.registry = registry;
        this.common = common;
    }

    @Override
    public void registerMetrics(String poolName, String id, SocketAddress remoteAddress, ConnectionPoolMetrics metrics) {
        Tags tags = common.and("name", poolName, "id", id, "remote.address", address(remoteAddress));
        List<Meter> meters = GAUGES.entrySet().stream()
                .<Meter>map(g -> Gauge.builder(PREFIX + g.getKey(), metrics, g.getValue())
                        .tags(tags)
                        .strongReference(true)
                        .register(registry))
                .toList();
        registered.put(poolName + "/" + id + "/" + address(remoteAddress), meters);
    }

    @Override
    public void deRegisterMetrics(String poolName, String id, SocketAddress remoteAddress) {
        List<Meter> meters = registered.remove(poolName + "/" + id + "/" + address(remoteAddress));
        if (meters != null) {
            meters.forEach(registry::remove);
        }
    }

    private static String address(SocketAddress a) {
        return a instanceof InetSocketAddress i ? i.getHostString() + ":" + i.getPort() : String.valueOf(a);
    }
}
