package io.github.biliflux.redis;

import io.github.biliflux.core.Auth;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.BudgetKey;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.core.Route;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One child process of {@link SharedBudgetProcessesTest}: {@code streams} streams calling the
 * emulator's nav endpoint as fast as a shared budget of {@code permits}/s lets them, for
 * {@code runMillis} after the parent says "go". Prints "ready", then one line per answer
 * ({@code ok|412|err <epoch ms> <latency µs> [type]}), then "done".
 *
 * <p>Arguments: redisUri emulatorBase sessdata biliJct mid permits streams runMillis policy cooldownMs,
 * where policy is {@code fail} or {@code share:<fraction>}.
 */
public final class BudgetWorker {

    private BudgetWorker() {
    }

    /**
     * Runs the worker.
     *
     * @param args see the class comment
     * @throws Exception when the parent's pipe breaks
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        String policy = args[8];
        RedisRateBudget budget = RedisRateBudget.builder(args[0]).commandTimeout(Duration.ofSeconds(1)).connectTimeout(Duration.ofMillis(250))
                .whenUnavailable(policy.startsWith("share:") ? WhenUnavailable.localShare(Double.parseDouble(policy.substring(6))) : WhenUnavailable.fail())
                .build();
        int permits = Integer.parseInt(args[5]);
        int streams = Integer.parseInt(args[6]);
        long runMillis = Long.parseLong(args[7]);
        long cooldown = Long.parseLong(args[9]);
        BiliClient bili = BiliClient.builder().endpoints(Endpoints.singleBase(URI.create(args[1])))
                .credentials(Credentials.cookie(args[2], args[3], Long.parseLong(args[4])))
                .rateLimit(RateLimit.perSecond(permits).withCooldown(Duration.ofMillis(cooldown), Duration.ofMillis(cooldown * 4)))
                .retry(RetryPolicy.none())
                .rateBudget(budget).budgetKey(BudgetKey.named("fleet"))
                .build();
        Route nav = Route.get("nav", Host.API, "/x/web-interface/nav", Auth.NONE);
        // Warm the client up outside the measured run (class loading, the first connection): unlimited, no budget.
        try (BiliClient warm = BiliClient.builder().endpoints(Endpoints.singleBase(URI.create(args[1]))).rateLimit(RateLimit.unlimited()).build()) {
            warm.exchangeTree(nav.request().build()).onErrorResume(e -> Mono.empty()).block(Duration.ofSeconds(10));
        }
        out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (!"go".equals(in.readLine())) {
            return;
        }
        Flux.range(0, streams)
                .flatMap(s -> Flux.range(0, Integer.MAX_VALUE)
                        .concatMap(i -> {
                            long start = System.nanoTime();
                            return bili.exchangeTree(nav.request().build())
                                    .then(Mono.fromCallable(() -> "ok " + System.currentTimeMillis() + " " + (System.nanoTime() - start) / 1000))
                                    .onErrorResume(e -> Mono.just((e instanceof RateLimitedException ? "412 " : "err ")
                                            + System.currentTimeMillis() + " " + (System.nanoTime() - start) / 1000 + " " + e.getClass().getSimpleName()));
                        })
                        .take(Duration.ofMillis(runMillis)), streams)
                .doOnNext(out::println)
                .blockLast(Duration.ofMillis(runMillis + 30_000));
        out.println("done");
        bili.close();
        budget.close();
        System.exit(0);
    }
}
