package io.github.biliflux.reliability;

import static io.github.biliflux.reliability.Fixture.ME;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.biliflux.account.AccountClient;
import io.github.biliflux.core.AppKey;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.RetryPolicy;
import io.github.biliflux.course.CourseClient;
import io.github.biliflux.manga.CouponQuery;
import io.github.biliflux.manga.MangaAppParams;
import io.github.biliflux.manga.MangaClient;
import io.github.biliflux.relation.FollowingOrder;
import io.github.biliflux.relation.RelationAction;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.relation.RelationSource;
import io.github.biliflux.testing.TestClients;
import io.github.biliflux.testkit.Fault;
import io.github.biliflux.testkit.Journal;
import io.github.biliflux.testkit.World;
import io.github.biliflux.wallet.ChargeResult;
import io.github.biliflux.wallet.ChargeTarget;
import io.github.biliflux.wallet.WalletClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reactivestreams.Publisher;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Secrets never leak: every public method of the five domain clients runs, in cookie and app mode,
 * with and without injected faults, while every logger is at TRACE; SESSDATA, bili_jct, access_key,
 * the appsecs and every sign / w_rid / csrf value the emulator received must appear in no log line, no
 * exception (whole cause chain, suppressed included) and no toString() of a returned value. And a
 * redirect to another host is never followed with the credentials.
 */
class SecretsTest {

    private static final long UP = 14082L;
    private static final long STRANGER = 5_000_001L;

    /** One client method call; its name is the public method it exercises. */
    private record Call(String method, Function<Clients, Publisher<?>> run) {
    }

    /** The five domain clients over one BiliClient. */
    private record Clients(BiliClient bili, RelationClient rel, AccountClient acc, WalletClient wallet, MangaClient manga,
                           CourseClient course, World world) {
        static Clients of(BiliClient b, World w) {
            return new Clients(b, RelationClient.of(b), AccountClient.of(b), WalletClient.of(b), MangaClient.of(b),
                    CourseClient.of(b), w);
        }
    }

    private static final List<Call> CALLS = List.of(
            new Call("followers", c -> c.rel().followers(ME)),
            new Call("followers", c -> c.rel().followers(ME, 7).byPage()),
            new Call("followings", c -> c.rel().followings(ME)),
            new Call("followings", c -> c.rel().followings(ME, FollowingOrder.MOST_VISITED)),
            new Call("followings", c -> c.rel().followings(World.FRIEND_MID, FollowingOrder.FOLLOW_TIME, 20)),
            new Call("searchFollowings", c -> c.rel().searchFollowings(ME, "a")),
            new Call("searchFollowings", c -> c.rel().searchFollowings(ME, "山", 5)),
            new Call("sameFollowings", c -> c.rel().sameFollowings(World.FRIEND_MID)),
            new Call("sameFollowings", c -> c.rel().sameFollowings(World.FRIEND_MID, 10)),
            new Call("whispers", c -> c.rel().whispers()),
            new Call("whispers", c -> c.rel().whispers(2)),
            new Call("blacks", c -> c.rel().blacks()),
            new Call("blacks", c -> c.rel().blacks(3)),
            new Call("tagMembers", c -> c.rel().tagMembers(World.TAG_OLD_FRIENDS)),
            new Call("tagMembers", c -> c.rel().tagMembers(0, FollowingOrder.MOST_VISITED)),
            new Call("tagMembers", c -> c.rel().tagMembers(-10, FollowingOrder.FOLLOW_TIME, 5)),
            new Call("modify", c -> c.rel().modify(STRANGER, RelationAction.FOLLOW, RelationSource.SPACE)),
            new Call("follow", c -> c.rel().follow(STRANGER + 1)),
            new Call("unfollow", c -> c.rel().unfollow(STRANGER + 1)),
            new Call("block", c -> c.rel().block(STRANGER + 2)),
            new Call("unblock", c -> c.rel().unblock(STRANGER + 2)),
            new Call("removeFan", c -> c.rel().removeFan(c.world().followers(ME).get(0))),
            new Call("unwhisper", c -> c.rel().unwhisper(c.world().whispers(ME).isEmpty() ? STRANGER : c.world().whispers(ME).get(0))),
            new Call("batchModify", c -> c.rel().batchModify(List.of(STRANGER + 3, STRANGER + 4), RelationAction.FOLLOW, RelationSource.SPACE)),
            new Call("relation", c -> c.rel().relation(World.FRIEND_MID)),
            new Call("mutualRelation", c -> c.rel().mutualRelation(World.FRIEND_MID)),
            new Call("relations", c -> c.rel().relations(List.of(World.FRIEND_MID, World.CAPPED_MID))),
            new Call("tags", c -> c.rel().tags()),
            new Call("tagsOfUser", c -> c.rel().tagsOfUser(World.FRIEND_MID)),
            new Call("specialFollowings", c -> c.rel().specialFollowings()),
            new Call("createTag", c -> c.rel().createTag("秘密" + (c.bili().credentials().isApp() ? "A" : "C"))),
            new Call("renameTag", c -> c.rel().renameTag(World.TAG_GAMES, "游戏" + (c.bili().credentials().isApp() ? "A" : "C"))),
            new Call("addToTags", c -> c.rel().addToTags(List.of(World.FRIEND_MID), List.of(World.TAG_CLASSMATES))),
            new Call("copyToTags", c -> c.rel().copyToTags(List.of(World.FRIEND_MID), List.of(World.TAG_UPS))),
            new Call("moveBetweenTags", c -> c.rel().moveBetweenTags(List.of(World.TAG_CLASSMATES), List.of(World.TAG_OLD_FRIENDS),
                    List.of(World.FRIEND_MID))),
            new Call("deleteTag", c -> c.rel().deleteTag(World.TAG_UPS)),
            new Call("toString", c -> Mono.just(c.rel().toString() + c.acc() + c.wallet() + c.manga() + c.course() + c.bili()
                    + c.bili().credentials() + c.bili().endpoints() + AppKey.ANDROID + AppKey.MANGA_ANDROID)),
            new Call("account", c -> c.acc().account()),
            new Call("expReward", c -> c.acc().expReward()),
            new Call("coinExpToday", c -> c.acc().coinExpToday()),
            new Call("vipInfo", c -> c.acc().vipInfo()),
            new Call("securityInfo", c -> c.acc().securityInfo()),
            new Call("realNameStatus", c -> c.acc().realNameStatus()),
            new Call("realNameDetail", c -> c.acc().realNameDetail()),
            new Call("coinLog", c -> c.acc().coinLog()),
            new Call("updateSign", c -> c.acc().updateSign("签名")),
            new Call("charge", c -> c.wallet().charge(ChargeTarget.space(UP), 2)),
            new Call("charge", c -> c.wallet().charge(ChargeTarget.video(UP, 170001), 3, true)),
            new Call("leaveChargeMessage", c -> c.wallet().charge(ChargeTarget.space(UP), 2)
                    .flatMap(r -> c.wallet().leaveChargeMessage(r instanceof ChargeResult.Charged ch ? ch.orderNo() : "0", "留言"))),
            new Call("chargeLegacy", c -> legacy(c.wallet())),
            new Call("coupons", c -> c.manga().coupons()),
            new Call("coupons", c -> c.manga().coupons(CouponQuery.builder().pageSize(7).notExpired(true).tabType(1).type(0).build())),
            new Call("couponSummary", c -> c.manga().couponSummary()),
            new Call("boughtComics", c -> c.manga().boughtComics()),
            new Call("boughtComics", c -> c.manga().boughtComics(4)),
            new Call("withAppParams", c -> c.manga().withAppParams(MangaAppParams.defaults().with("version", "4.20.0")).boughtComics()),
            new Call("withAppParams", c -> c.manga().withAppParams(Map.of("build", "1")).couponSummary()),
            new Call("appParams", c -> Mono.just(c.manga().appParams())),
            new Call("paidCourses", c -> c.course().paidCourses()),
            new Call("paidCourses", c -> c.course().paidCourses(2)));

    @SuppressWarnings("deprecation")
    private static Mono<?> legacy(WalletClient w) {
        return w.chargeLegacy(ChargeTarget.space(UP), 20);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void everyPublicMethodOfTheDomainClientsIsExercised() {
        Set<String> called = CALLS.stream().map(Call::method).collect(Collectors.toSet());
        for (Class<?> type : List.of(RelationClient.class, AccountClient.class, WalletClient.class, MangaClient.class, CourseClient.class)) {
            Set<String> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
            assertThat(called).as("methods of " + type.getSimpleName()).containsAll(methods);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void noSecretReachesLogsExceptionsOrValues() {
        try (Fixture fx = new Fixture(World.demo())) {
            World.Session s = fx.world.session(ME);
            Credentials cookie = fx.cookieOf(ME);
            Credentials app = Credentials.app(s.accessKey(), AppKey.ANDROID);
            List<String> texts = new ArrayList<>();   // exceptions and values
            int[] calls = {0};
            int[] failures = {0};
            List<ILoggingEvent> events;
            Capture capture = Capture.start();
            try {
                for (boolean faulty : new boolean[] {false, true}) {
                    if (faulty) {
                        // Error paths too: every kind of broken answer, no retry, so each surfaces.
                        fx.emu.faults().seed(3);
                        for (Fault f : Fault.values()) {
                            if (f != Fault.RATE_LIMITED) {
                                fx.emu.faults().probability(f, 0.06);
                            }
                        }
                    }
                    for (Credentials cred : List.of(cookie, app)) {
                        BiliClient bili = fx.client(cred, faulty ? RetryPolicy.none() : Fixture.fastRetry(), Fixture.unlimited());
                        Clients c = Clients.of(bili, fx.world);
                        for (Call call : CALLS) {
                            calls[0]++;
                            try {
                                Object value = Flux.from(call.run().apply(c)).collectList().block(Duration.ofSeconds(10));
                                texts.add(String.valueOf(value));
                            } catch (RuntimeException e) {
                                failures[0]++;
                                assertThat(e).as(call.method() + " failed with a BiliException").isInstanceOf(BiliException.class);
                                texts.add(stackTrace(e));
                                if (System.getenv("SECRETS_DEBUG") != null) {
                                    System.out.println("FAIL " + faulty + " " + cred.isApp() + " " + call.method() + ": " + e);
                                }
                            }
                        }
                    }
                }
                // A canary: proves TRACE lines are captured and the search would find a leak.
                LoggerFactory.getLogger("canary").trace("canary {}", s.sessdata());
            } finally {
                events = capture.stop();
            }

            Set<String> secrets = new LinkedHashSet<>(List.of(s.sessdata(), s.biliJct(), s.accessKey(),
                    AppKey.ANDROID.appSec(), AppKey.MANGA_ANDROID.appSec()));
            List<Journal.Entry> journal = fx.journal().entries();
            for (Journal.Entry e : journal) {
                for (Map<String, String> params : List.of(e.query(), e.form())) {
                    for (String name : List.of("sign", "w_rid", "csrf", "csrf_token", "access_key")) {
                        if (params.containsKey(name) && !params.get(name).isEmpty()) {
                            secrets.add(params.get(name));
                        }
                    }
                }
            }
            long signs = journal.stream().filter(e -> e.query().containsKey("sign") || e.form().containsKey("sign")).count();
            long wRids = journal.stream().filter(e -> e.query().containsKey("w_rid")).count();
            assertThat(signs).as("app-signed requests seen").isPositive();
            assertThat(wRids).as("WBI-signed requests seen").isPositive();

            List<String> canary = events.stream().filter(e -> e.getLoggerName().equals("canary")).map(SecretsTest::render).toList();
            assertThat(canary).singleElement().satisfies(l -> assertThat(l).contains(s.sessdata()));
            List<String> logLines = events.stream().filter(e -> !e.getLoggerName().equals("canary")).map(SecretsTest::render).toList();
            assertThat(logLines.size()).as("TRACE logging was captured").isGreaterThan(1000);
            assertThat(logLines.stream().anyMatch(l -> l.contains("io.github.biliflux.core"))).isTrue();
            for (String secret : secrets) {
                assertThat(logLines).as("log lines").noneMatch(l -> l.contains(secret));
                assertThat(texts).as("exceptions and values").noneMatch(t -> t.contains(secret));
            }
            Figures.put("secrets.calls", calls[0] + " (" + CALLS.size() + " calls x cookie/app x clean/faulty)");
            Figures.put("secrets.failed_calls_checked", failures[0]);
            Figures.put("secrets.log_events_checked", logLines.size());
            Figures.put("secrets.distinct_secret_values", secrets.size());
            Figures.put("secrets.requests", journal.size() + " (" + signs + " app-signed, " + wRids + " WBI-signed)");
        }
    }

    /**
     * A configured host answers with a redirect to another host: the client follows it with no
     * credential, in cookie and app mode, even when the user's HttpClient customiser asks for
     * redirects; the other host receives nothing.
     */
    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aRedirectToAnotherHostIsNotFollowed(int status) {
        List<String> elsewhere = new CopyOnWriteArrayList<>();
        List<String> configured = new CopyOnWriteArrayList<>();
        DisposableServer other = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> req.receive().then(Mono.defer(() -> {
                    elsewhere.add(req.method() + " " + req.uri() + " " + req.requestHeaders().get("Cookie"));
                    return res.sendString(Mono.just("{\"code\":0,\"data\":{}}")).then();
                })))
                .bindNow(Duration.ofSeconds(10));
        String target = "http://127.0.0.1:" + other.port() + "/steal";
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> req.receive().then(Mono.defer(() -> {
                    configured.add(req.method() + " " + req.uri());
                    return res.status(status).header("Location", target).header("Content-Type", "text/html")
                            .sendString(Mono.just("<a href=\"" + target + "\">moved</a>")).then();
                })))
                .bindNow(Duration.ofSeconds(10));
        try {
            for (Credentials cred : List.of(Credentials.cookie("SESS-SECRET", "JCT-SECRET", ME),
                    Credentials.app("ACCESS-SECRET", AppKey.ANDROID))) {
                BiliClient bili = TestClients.builder(URI.create("http://127.0.0.1:" + server.port())).credentials(cred)
                        .rateLimit(RateLimit.unlimited()).retry(Fixture.fastRetry())
                        .httpClient(h -> h.followRedirect(true))
                        .build();
                try {
                    Clients c = Clients.of(bili, null);
                    List<Publisher<?>> calls = List.of(c.rel().followers(ME), c.rel().follow(STRANGER), c.acc().account(),
                            c.acc().updateSign("x"), c.manga().couponSummary());
                    for (Publisher<?> p : calls) {
                        int before = configured.size();
                        Throwable error = null;
                        try {
                            Flux.from(p).collectList().block(Duration.ofSeconds(10));
                        } catch (RuntimeException e) {
                            error = e;
                        }
                        assertThat(error).isInstanceOf(BiliException.class);
                        assertThat(configured.size() - before).as("a redirect is not retried").isEqualTo(1);
                    }
                } finally {
                    bili.close();
                }
            }
            assertThat(elsewhere).as("requests received by the other host").isEmpty();
            assertThat(configured).hasSize(10);
            Figures.put("redirects.statuses_checked", "301, 302, 303, 307, 308 (5 calls x cookie/app each; other host received 0)");
        } finally {
            server.disposeNow(Duration.ofSeconds(5));
            other.disposeNow(Duration.ofSeconds(5));
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return e + "\n" + w;
    }

    private static String render(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
        if (e.getMDCPropertyMap() != null) {
            sb.append(' ').append(e.getMDCPropertyMap());
        }
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
            for (IThrowableProxy sup : t.getSuppressed()) {
                sb.append("\nsuppressed ").append(sup.getClassName()).append(": ").append(sup.getMessage());
            }
        }
        return sb.toString();
    }

    /** Every logger at TRACE into a list; {@link #stop()} detaches it before anything is read. */
    private static final class Capture {
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
        private final Map<Logger, Level> levels = new HashMap<>();
        private final List<ch.qos.logback.core.Appender<ILoggingEvent>> others = new ArrayList<>();
        private final Logger root;

        private Capture() {
            LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
            root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            for (Logger l : ctx.getLoggerList()) {
                levels.put(l, l.getLevel());
                if (l.getLevel() != null) {
                    l.setLevel(Level.TRACE);
                }
            }
            root.setLevel(Level.TRACE);
            // The console would print every TRACE line: keep it out while capturing.
            root.iteratorForAppenders().forEachRemaining(others::add);
            others.forEach(root::detachAppender);
            appender.setContext(ctx);
            appender.start();
            root.addAppender(appender);
        }

        static Capture start() {
            return new Capture();
        }

        List<ILoggingEvent> stop() {
            root.detachAppender(appender);
            appender.stop();
            levels.forEach(Logger::setLevel);
            others.forEach(root::addAppender);
            return List.copyOf(appender.list);
        }
    }
}
