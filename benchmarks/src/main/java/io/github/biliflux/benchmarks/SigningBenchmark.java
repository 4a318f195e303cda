package io.github.biliflux.benchmarks;

import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.internal.Signing;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of signing alone, as the transport does it per attempt: the APP {@code sign} of an R1 query
 * (MD5 over the sorted, form-encoded query + appsec) and the WBI {@code w_rid} of an R10 query (sorted,
 * filtered, URI-encoded query, then MD5 with the mixin key). Average time per signature.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBenchmark {

    private final String appSec = AppKey.ANDROID.appSec();
    private final Map<String, String> appQuery = new TreeMap<>(Map.of(
            "access_key", "5271b2f0eb92f5f89af4fc39f4c4b2d1",
            "appkey", AppKey.ANDROID.appKey(),
            "pn", "1",
            "ps", "50",
            "ts", "1735689600",
            "vmid", "293793435"));
    private final Map<String, String> wbiQuery = Map.of(
            "mid", "15858903",
            "token", "",
            "platform", "web",
            "web_location", "1550101",
            "wts", "1735689600");
    private final String mixinKey = Signing.mixinKey("7cd084941338484aae1ad9425b84077c", "4932caff0ff746eab6f01bf08b70ac45");

    /** APP: {@code Signing.appSign(sorted query, appsec)}. */
    @Benchmark
    public String appSign() {
        return Signing.appSign(appQuery, appSec);
    }

    /** WBI: {@code Signing.wbiQuery(query)} then {@code Signing.wRid(query, mixinKey)}, as the transport does. */
    @Benchmark
    public String wbiSign() {
        String q = Signing.wbiQuery(wbiQuery);
        return q + "&w_rid=" + Signing.wRid(q, mixinKey);
    }
}
