package io.github.biliflux.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.biliflux.account.AccountClient;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.course.CourseClient;
import io.github.biliflux.manga.MangaClient;
import io.github.biliflux.relation.RelationAction;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationSource;
import io.github.biliflux.testing.TestClients;
import io.github.biliflux.testkit.SpecExamples;
import io.github.biliflux.wallet.ChargeTarget;
import io.github.biliflux.wallet.WalletClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Decoding fuzz: the spec's example answers of every response type, mutated (fields deleted, types
 * changed, extreme numbers, truncated, garbage inserted) or replaced by random JSON or bytes, served
 * by a local Reactor Netty server (keep-alive) and requested through the real client methods with
 * no retry. The outcome must be a value or a {@link BiliException}: never a NullPointerException,
 * ClassCastException, IllegalArgumentException or any other exception from decoding, and never a
 * hang (each call is bounded). Seeds are fixed so that CI is reproducible; the counts go to the
 * figures file.
 */
class DecodingFuzzTest {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final String NAV = "{\"code\":-101,\"message\":\"账号未登录\",\"ttl\":1,\"data\":{\"isLogin\":false,\"wbi_img\":{"
            + "\"img_url\":\"https://i0.hdslb.com/bfs/wbi/7cd084941338484aae1ad9425b84077c.png\","
            + "\"sub_url\":\"https://i0.hdslb.com/bfs/wbi/4932caff0ff746eab6f01bf08b70ac45.png\"}}}";
    private static final AtomicReference<byte[]> BODY = new AtomicReference<>(new byte[0]);
    private static final Map<String, LongAdder> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> CASES = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    /** Distinct failures (target, exception, first biliflux frame) with one answer that causes each. */
    private static final Map<String, String> FAILURES = new ConcurrentHashMap<>();
    private static DisposableServer server;
    private static BiliClient bili;

    /** A response type: the seeds it is fuzzed from and the client call that decodes it. */
    record Target(String id, List<JsonNode> seeds, Function<BiliClient, Publisher<?>> call) {
        @Override
        public String toString() {
            return id;
        }
    }

    @BeforeContainer
    static void start() {
        server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> req.receive().then(Mono.defer(() -> {
                    byte[] body = req.path().equals("x/web-interface/nav") ? NAV.getBytes(StandardCharsets.UTF_8) : BODY.get();
                    return res.header("Content-Type", "application/json; charset=utf-8").sendByteArray(Mono.just(body)).then();
                })))
                .bindNow(Duration.ofSeconds(10));
        // A fuzzed -412/-799 cools the host down: a few milliseconds (TestClients), not the default seconds.
        bili = TestClients.builder(URI.create("http://127.0.0.1:" + server.port()))
                .credentials(Credentials.cookie("fuzz-sess", "fuzz-jct", 293793435L))
                .retry(RetryPolicy.none())
                .responseTimeout(Duration.ofSeconds(4))
                .build();
    }

    @AfterContainer
    static void stop() {
        bili.close();
        server.disposeNow(Duration.ofSeconds(5));
        long total = CASES.values().stream().mapToLong(LongAdder::sum).sum();
        Map<String, Long> cases = new TreeMap<>();
        CASES.forEach((k, v) -> cases.put(k, v.sum()));
        Map<String, Long> outcomes = new TreeMap<>();
        OUTCOMES.forEach((k, v) -> outcomes.put(k, v.sum()));
        Figures.put("fuzz.cases_total", total);
        Figures.put("fuzz.cases_by_module", cases);
        Figures.put("fuzz.outcomes", outcomes);
        Map<String, Long> millis = new TreeMap<>();
        NANOS.forEach((k, v) -> millis.put(k, v.sum() / 1_000_000));
        Figures.put("fuzz.millis_by_target", millis);
        Figures.put("fuzz.distinct_failures", FAILURES.size());
        if (!FAILURES.isEmpty()) {
            StringBuilder sb = new StringBuilder(FAILURES.size() + " distinct decoding failures that are not a BiliException:\n");
            new TreeMap<>(FAILURES).forEach((k, v) -> sb.append("\n* ").append(k).append("\n").append(v).append('\n'));
            System.out.println(sb);
            throw new AssertionError(sb.toString());
        }
    }

    private static JsonNode example(String name) {
        return json(SpecExamples.json(name));
    }

    private static JsonNode json(String text) {
        try {
            return JsonMutator.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Target t(String id, Function<BiliClient, Publisher<?>> call, String... examples) {
        List<JsonNode> seeds = new ArrayList<>();
        for (String e : examples) {
            seeds.add(e.startsWith("{") ? json(e) : example(e));
        }
        return new Target(id, seeds, call);
    }

    private static RelationClient rel(BiliClient b) {
        return RelationClient.of(b);
    }

    @Provide
    Arbitrary<Target> relationTargets() {
        return Arbitraries.of(
                t("R1", b -> rel(b).followers(1).byPage().next(), "R1"),
                t("R2", b -> rel(b).followings(1).byPage().next(), "R2"),
                t("R3", b -> rel(b).searchFollowings(1, "a").byPage().next(), "R3"),
                t("R4", b -> rel(b).sameFollowings(1).byPage().next(), "R4"),
                t("R5", b -> rel(b).whispers().byPage().next(), "R5"),
                t("R6", b -> rel(b).blacks().byPage().next(), "R6"),
                t("R7", b -> rel(b).follow(2), "R7"),
                t("R8", b -> rel(b).batchModify(List.of(2L, 3L), RelationAction.FOLLOW, RelationSource.SPACE), "R8"),
                t("R9", b -> rel(b).relation(2), "R9"),
                t("R10", b -> rel(b).mutualRelation(2), "R10"),
                t("R11", b -> rel(b).relations(List.of(1L, 2L)), "R11"),
                t("R12", b -> rel(b).tags(), "R12"),
                t("R13", b -> rel(b).tagMembers(0).byPage().next(), "R13"),
                t("R14", b -> rel(b).tagsOfUser(2), "R14"),
                t("R15", b -> rel(b).specialFollowings(), "R15"),
                t("R16", b -> rel(b).createTag("t"), "R16"),
                t("R17", b -> rel(b).renameTag(1, "t"), "R17"),
                t("R18", b -> rel(b).deleteTag(1), "R18"),
                t("R19", b -> rel(b).addToTags(List.of(2L), List.of(1L)), "R19"),
                t("R20", b -> rel(b).copyToTags(List.of(2L), List.of(1L)), "R20"),
                t("R21", b -> rel(b).moveBetweenTags(List.of(1L), List.of(2L), List.of(2L)), "R21"));
    }

    @Provide
    Arbitrary<Target> accountTargets() {
        return Arbitraries.of(
                t("A1", b -> AccountClient.of(b).account(), "A1"),
                t("A2", b -> AccountClient.of(b).expReward(), "A2"),
                t("A3", b -> AccountClient.of(b).coinExpToday(), "A3", "{\"code\":0,\"message\":\"0\",\"ttl\":1,\"data\":20}"),
                t("A4", b -> AccountClient.of(b).vipInfo(), "A4"),
                t("A5", b -> AccountClient.of(b).securityInfo(), "A5"),
                t("A6", b -> AccountClient.of(b).realNameStatus(), "A6"),
                t("A7", b -> AccountClient.of(b).realNameDetail(), "A7"),
                t("A8", b -> AccountClient.of(b).coinLog(), "A8"),
                t("A9", b -> AccountClient.of(b).updateSign("s"), "A9"));
    }

    @SuppressWarnings("deprecation")
    @Provide
    Arbitrary<Target> walletTargets() {
        return Arbitraries.of(
                t("W1", b -> WalletClient.of(b).charge(ChargeTarget.space(2), 2), "W1", "W1-status-2", "W1-status-4"),
                t("W1 message", b -> WalletClient.of(b).leaveChargeMessage("BPRG5CEC3VUPOOANA540", "m"),
                        "{\"code\":0,\"message\":\"0\",\"ttl\":1}", "{\"code\":88203,\"message\":\"已经留言过了\",\"ttl\":1}"),
                t("W2", b -> WalletClient.of(b).chargeLegacy(ChargeTarget.space(2), 20), "W2", "W2-status-2", "W2-status-4"));
    }

    @Provide
    Arbitrary<Target> mangaTargets() {
        return Arbitraries.of(
                t("M1", b -> MangaClient.of(b).coupons().byPage().next(), "M1"),
                t("M1 summary", b -> MangaClient.of(b).couponSummary(), "M1"),
                t("M2", b -> MangaClient.of(b).boughtComics().byPage().next(), "M2"));
    }

    @Provide
    Arbitrary<Target> courseTargets() {
        return Arbitraries.of(t("C1", b -> CourseClient.of(b).paidCourses(), "C1", "C1-next"));
    }

    @Property(tries = 4200, seed = "4200")
    void relationAnswersDecodeToAValueOrABiliException(@ForAll("relationTargets") Target target, @ForAll long rnd,
                                                      @ForAll @IntRange(min = 1, max = 4) int ops, @ForAll @IntRange(min = 0, max = 5) int seed) {
        check("relation", target, rnd, ops, seed);
    }

    @Property(tries = 2000, seed = "2000")
    void accountAnswersDecodeToAValueOrABiliException(@ForAll("accountTargets") Target target, @ForAll long rnd,
                                                     @ForAll @IntRange(min = 1, max = 4) int ops, @ForAll @IntRange(min = 0, max = 5) int seed) {
        check("account", target, rnd, ops, seed);
    }

    @Property(tries = 1500, seed = "1500")
    void walletAnswersDecodeToAValueOrABiliException(@ForAll("walletTargets") Target target, @ForAll long rnd,
                                                    @ForAll @IntRange(min = 1, max = 4) int ops, @ForAll @IntRange(min = 0, max = 5) int seed) {
        check("wallet", target, rnd, ops, seed);
    }

    @Property(tries = 1300, seed = "1300")
    void mangaAnswersDecodeToAValueOrABiliException(@ForAll("mangaTargets") Target target, @ForAll long rnd,
                                                   @ForAll @IntRange(min = 1, max = 4) int ops, @ForAll @IntRange(min = 0, max = 5) int seed) {
        check("manga", target, rnd, ops, seed);
    }

    @Property(tries = 1000, seed = "1000")
    void courseAnswersDecodeToAValueOrABiliException(@ForAll("courseTargets") Target target, @ForAll long rnd,
                                                    @ForAll @IntRange(min = 1, max = 4) int ops, @ForAll @IntRange(min = 0, max = 5) int seed) {
        check("course", target, rnd, ops, seed);
    }

    /**
     * The systematic complement of the random properties: every node of every seed (fields, array
     * elements, whole objects) deleted, and replaced in turn by each awkward value (null, "", text,
     * the largest and overflowing integers, exponents no number type can hold, an array, an object,
     * a boolean).
     */
    @Example
    void everyNodeOfEverySeedDeletedOrGivenEachAwkwardValue() {
        List<Target> all = new ArrayList<>();
        for (Arbitrary<Target> a : List.of(relationTargets(), accountTargets(), walletTargets(), mangaTargets(), courseTargets())) {
            all.addAll(a.allValues().orElseThrow().toList());
        }
        for (Target target : all) {
            for (JsonNode seed : target.seeds()) {
                for (JsonMutator.Variant v : JsonMutator.sweep(seed)) {
                    check("sweep", target, v.body());
                }
            }
        }
    }

    private static void check(String module, Target target, long rnd, int ops, int seed) {
        check(module, target, JsonMutator.mutate(target.seeds().get(seed % target.seeds().size()), rnd, ops));
    }

    private static void check(String module, Target target, byte[] body) {
        BODY.set(body);
        CASES.computeIfAbsent(module, k -> new LongAdder()).increment();
        String outcome;
        long start = System.nanoTime();
        try {
            Flux.from(target.call().apply(bili)).collectList().block(CALL_TIMEOUT);
            outcome = "value";
        } catch (RuntimeException | Error e) {
            outcome = e.getClass().getSimpleName();
            if (!(e instanceof BiliException)) {
                // Recorded rather than thrown: every try still runs, and every distinct failure is listed at the end.
                boolean hang = e instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("Timeout");
                FAILURES.putIfAbsent(target.id() + ": " + e.getClass().getName() + (hang ? " (a hang)" : "") + " at " + where(e),
                        "  message: " + e.getMessage() + "\n  answer: " + abbreviate(new String(body, StandardCharsets.UTF_8)));
                outcome = "NOT A BiliException: " + outcome;
            }
        } finally {
            NANOS.computeIfAbsent(target.id(), k -> new LongAdder()).add(System.nanoTime() - start);
        }
        OUTCOMES.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    /** The first biliflux frame of {@code e} or of its causes. */
    private static String where(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement f : t.getStackTrace()) {
                if (f.getClassName().startsWith("io.github.biliflux") && !f.getClassName().startsWith("io.github.biliflux.reliability")) {
                    return f.toString();
                }
            }
        }
        return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
    }

    private static String abbreviate(String s) {
        return s.length() <= 1500 ? s : s.substring(0, 700) + " ... (" + s.length() + " chars) ... " + s.substring(s.length() - 700);
    }
}
