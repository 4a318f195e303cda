package io.github.biliflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Generated worlds of a million followers, lazily materialized users, and many parallel clients. */
class ScaleAndConcurrencyTest {

    private static final long ME = World.DEMO_MID;

    private static long usedMemory() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void millionFollowersAnswerPagesFromCompactMemory() {
        long before = usedMemory();
        World world = World.generated(11, 1_000_000, 5_000);
        try (BiliEmulator emu = BiliEmulator.start(world)) {
            Http http = new Http(emu.baseUri());
            String cookie = world.cookieHeader(ME);
            Http.Res first = http.get("/x/relation/followers", Map.of("vmid", "" + ME, "ps", "50", "pn", "1"), cookie);
            assertThat(first.data().path("total").asInt()).isEqualTo(1_000_000);
            assertThat(first.data().path("list")).hasSize(50);
            Set<Long> seen = new HashSet<>();
            for (int pn = 1; pn <= 20; pn++) {
                Http.Res page = http.get("/x/relation/followers",
                        Map.of("vmid", "" + ME, "ps", "50", "pn", "" + pn), cookie);
                for (JsonNode e : page.data().path("list")) {
                    assertThat(seen.add(e.path("mid").asLong())).isTrue();
                    long mid = e.path("mid").asLong();
                    assertThat(e.path("attribute").asInt()).isEqualTo(world.follows(ME, mid) ? 6 : 0);
                }
            }
            assertThat(seen).hasSize(1000);
            Http.Res beyond = http.get("/x/relation/followers", Map.of("vmid", "" + ME, "ps", "50", "pn", "21"),
                    cookie);
            assertThat(beyond.data().path("list")).isEmpty();
            Http.Res other = http.get("/x/relation/followers", Map.of("vmid", "" + ME, "ps", "50", "pn", "3"),
                    world.cookieHeader(World.CAPPED_MID));
            assertThat(other.data().path("list")).isEmpty();
            assertThat(other.data().path("total").asInt()).isEqualTo(1_000_000);
            long after = usedMemory();
            assertThat(after - before).as("retained bytes").isLessThan(100L * 1024 * 1024);
            assertThat(world.followings(ME)).hasSize(5_000);
        }
    }

    @Test
    void generatedUsersGetConsistentListsWhenUsed() {
        World world = World.generated(3, 1000, 200);
        List<Long> followers = world.followers(ME);
        assertThat(followers).hasSize(1000).doesNotHaveDuplicates();
        long fan = followers.get(10);
        assertThat(world.followings(fan)).contains(ME);
        try (BiliEmulator emu = BiliEmulator.start(world)) {
            Http http = new Http(emu.baseUri());
            World.Session s = world.session(fan);
            Http.Res rel = http.get("/x/relation", Map.of("fid", "" + ME), s.cookieHeader());
            assertThat(rel.data().path("attribute").asInt()).isIn(2, 6);
            Http.Res unfollow = http.post("/x/relation/modify", Map.of("fid", "" + ME, "act", "2", "csrf",
                    s.biliJct()), s.cookieHeader());
            assertThat(unfollow.code()).isZero();
            assertThat(world.followers(ME)).hasSize(999).doesNotContain(fan);
            long followed = world.followings(ME).get(0);
            assertThat(world.followers(followed)).contains(ME);
        }
        assertThat(World.generated(3, 1000, 200).followers(ME)).isEqualTo(World.generated(3, 1000, 200)
                .followers(ME));
        assertThat(World.generated(4, 1000, 200).followers(ME)).isNotEqualTo(followers);
    }

    @Test
    void parallelChargesKeepTheBalanceConsistent() throws Exception {
        World world = World.demo();
        world.setBalance(ME, new BigDecimal("1000"));
        try (BiliEmulator emu = BiliEmulator.start(world)) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<CompletableFuture<Integer>> futures = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    futures.add(CompletableFuture.supplyAsync(() -> {
                        Http h = new Http(emu.baseUri());
                        return h.post(WalletTest.PAY, Map.of("bp_num", "7", "is_bp_remains_prior", "true", "up_mid", "1", "otype", "up", "oid", "1",
                                "csrf", world.session(ME).biliJct()), world.cookieHeader(ME))
                                .data().path("status").asInt();
                    }, pool));
                }
                int charged = 0;
                for (CompletableFuture<Integer> f : futures) {
                    if (f.get() == 4) {
                        charged++;
                    }
                }
                assertThat(charged).isEqualTo(142);
                assertThat(world.balance(ME)).isEqualByComparingTo(new BigDecimal(1000 - 142 * 7));
                assertThat(emu.journal().mutations()).hasSize(142);
                assertThat(world.orders(ME)).hasSize(142);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void parallelFollowsFromManyUsersAllLand() throws Exception {
        World world = World.demo();
        try (BiliEmulator emu = BiliEmulator.start(world)) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<CompletableFuture<Integer>> futures = new ArrayList<>();
                for (long mid = 900_000_000L; mid < 900_000_100L; mid++) {
                    World.Session s = world.session(mid);
                    futures.add(CompletableFuture.supplyAsync(() -> new Http(emu.baseUri()).post("/x/relation/modify",
                            Map.of("fid", "" + ME, "act", "1", "re_src", "11", "csrf", s.biliJct()),
                            s.cookieHeader()).code(), pool));
                }
                for (CompletableFuture<Integer> f : futures) {
                    assertThat(f.get()).isZero();
                }
                assertThat(world.followers(ME)).hasSize(420);
                for (long mid = 900_000_000L; mid < 900_000_100L; mid++) {
                    assertThat(world.followings(mid)).containsExactly(ME);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void closeFreesThePort() {
        BiliEmulator emu = BiliEmulator.start(World.demo());
        int port = emu.port();
        assertThat(emu.baseUri().toString()).isEqualTo("http://127.0.0.1:" + port);
        emu.close();
        emu.close();
        try (BiliEmulator again = BiliEmulator.start(World.demo(), port)) {
            assertThat(again.port()).isEqualTo(port);
            assertThat(new Http(again.baseUri()).get("/x/web-interface/nav", Map.of(), null).code()).isEqualTo(-101);
        }
    }
}
