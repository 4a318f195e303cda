package io.github.biliflux.benchmarks;

import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.BudgetKey;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.RateBudget;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.core.Route;
import io.github.biliflux.redis.RedisRateBudget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One process of {@link MultiProcessHarness}: {@code streams} streams of the emulator's nav request
 * on one Redis budget key, for {@code seconds} after the harness says "go". The budget is wrapped so
 * that each permit's wait (the reservation's round trip plus the wait it returned) is measured.
 * Prints "ready", one line per answer ({@code ok|412|err <epoch ms> <permit wait µs>}), then "done".
 *
 * <p>Arguments: redisUri emulatorBase sessdata biliJct mid rate streams seconds.
 */
public final class MultiProcessWorker {

    private MultiProcessWorker() {
    }

    /**
     * Runs one worker (see the class comment).
     *
     * @param args the options
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        int rate = Integer.parseInt(args[5]);
        int streams = Integer.parseInt(args[6]);
        long seconds = Long.parseLong(args[7]);
        RedisRateBudget redis = RedisRateBudget.builder(args[0]).commandTimeout(Duration.ofSeconds(1)).build();
        URI base = URI.create(args[1]);
        Route nav = Route.get("nav", Host.API, "/x/web-interface/nav", Auth.NONE);
        try (BiliClient warm = BiliClient.builder().endpoints(Endpoints.singleBase(base)).rateLimit(RateLimit.unlimited()).build()) {
            warm.exchangeTree(nav.request().build()).onErrorResume(e -> Mono.empty()).block(Duration.ofSeconds(10));
        }
        out.println("ready");
        if (!"go".equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine())) {
            return;
        }
        Flux.range(0, streams).flatMap(s -> {
            // One client per stream, so each stream's permit wait is its own to read.
            java.util.concurrent.atomic.AtomicLong wait = new java.util.concurrent.atomic.AtomicLong();
            RateBudget timed = new RateBudget() {
                public Mono<Duration> reserve(String key, RateLimit limit) {
                    return Mono.defer(() -> {
                        long t0 = System.nanoTime();
                        return redis.reserve(key, limit).doOnNext(w -> wait.set(System.nanoTime() - t0 + w.toNanos()));
                    });
                }

                public Mono<Duration> cooldown(String key) {
                    return redis.cooldown(key);
                }

                public Mono<Duration> throttled(String key, RateLimit limit) {
                    return redis.throttled(key, limit);
                }

                public Mono<Void> succeeded(String key) {
                    return redis.succeeded(key);
                }
            };
            BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(base))
                    .credentials(Credentials.cookie(args[2], args[3], Long.parseLong(args[4])))
                    .rateLimit(RateLimit.perSecond(rate)).retry(RetryPolicy.none())
                    .rateBudget(timed).budgetKey(BudgetKey.named("bench")).build();
            return Flux.range(0, Integer.MAX_VALUE)
                    .concatMap(i -> bili.exchangeTree(nav.request().build())
                            .then(Mono.fromCallable(() -> "ok " + System.currentTimeMillis() + " " + wait.get() / 1000))
                            .onErrorResume(e -> Mono.just((e instanceof RateLimitedException ? "412 " : "err ")
                                    + System.currentTimeMillis() + " " + wait.get() / 1000)))
                    .take(Duration.ofSeconds(seconds))
                    .doFinally(x -> bili.close());
        }, streams).doOnNext(out::println).blockLast(Duration.ofSeconds(seconds + 60));
        out.println("done");
        redis.close();
        System.exit(0);
    }
}
