package io.github.biliflux.reliability;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.BudgetKey;
import io.github.biliflux.core.CredentialStore;
import io.github.biliflux.core.RateLimit;
import io.github.biliflux.core.Session;
import io.github.biliflux.core.SessionState;
import io.github.biliflux.passport.PassportClient;
import io.github.biliflux.passport.QrLoginState;
import io.github.biliflux.redis.RedisRateBudget;
import io.github.biliflux.redis.WhenUnavailable;
import java.nio.file.Path;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.Endpoints;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.core.ProxyConfig;
import io.github.biliflux.micrometer.BiliMetrics;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.testkit.World;
import io.github.biliflux.wallet.ChargeResult;
import io.github.biliflux.wallet.ChargeTarget;
import io.github.biliflux.wallet.WalletClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;

/**
 * The README's code, verbatim: every {@code tag::name[]} region below is one {@code java} block
 * of README.md, in order ({@link ReadmeSnippetsTest} checks that they match and runs each).
 * Edit a snippet here, then paste it into the README (the test says where they differ).
 */
final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    /** "Use": the body of a {@code main}, against the live service. */
    static void streamFollowers() {
        // tag::stream[]
        String cookie = System.getenv("BILI_COOKIE");  // the Cookie header of a logged-in bilibili.com tab
        if (cookie == null || cookie.isBlank()) {
            throw new IllegalStateException("BILI_COOKIE is not set: copy the Cookie request header of a logged-in"
                    + " bilibili.com tab (SESSDATA=...; bili_jct=...; DedeUserID=...) into it");
        }
        Credentials.Cookie login = Credentials.parseCookieHeader(cookie);
        try (BiliClient bili = BiliClient.builder().credentials(login).build()) {  // production, 4 requests/s per host
            RelationClient relations = RelationClient.of(bili);
            relations.followers(login.dedeUserId())     // PagedFlux<RelationUser>: nothing is sent before subscription
                    .limitRate(50)
                    .take(500)                          // cancels: no page beyond the tenth is fetched
                    .doOnNext(u -> System.out.println(u.mid() + " " + u.uname()))
                    .blockLast(Duration.ofMinutes(2));  // main() waits for the stream, at most 2 minutes
        }
        // end::stream[]
    }

    /** "Use": the embedded emulator's demo world, as is. */
    static void followIntoNewGroup() {
        // tag::emulator[]
        try (BiliEmulator emu = BiliEmulator.start(World.demo())) {
            World.Session me = emu.world().session(World.DEMO_MID);
            try (BiliClient bili = BiliClient.builder()
                    .credentials(Credentials.cookie(me.sessdata(), me.biliJct(), me.mid()))
                    .endpoints(Endpoints.singleBase(emu.baseUri()))
                    .build()) {
                RelationClient relations = RelationClient.of(bili);
                long fid = World.CAPPED_MID;            // a popular account the demo user does not follow yet
                Long group = relations.follow(fid)
                        .then(relations.createTag("读书会"))
                        .flatMap(tagId -> relations.addToTags(List.of(fid), List.of(tagId)).thenReturn(tagId))
                        .block(Duration.ofSeconds(30));
                System.out.println("following " + fid + " in group " + group);
                relations.followers(World.DEMO_MID).byPage()  // pages tell total, hasMore and truncated (a cap reached)
                        .doOnNext(p -> System.out.println("page " + p.number() + ": " + p.items().size()))
                        .blockLast(Duration.ofSeconds(30));
            }
        }
        // end::emulator[]
    }

    /** "Use": a charge with its typed outcome ({@code bili} and {@code upMid} from the context). */
    static void charge(BiliClient bili, long upMid) {
        // tag::charge[]
        try {
            ChargeResult result = WalletClient.of(bili).charge(ChargeTarget.space(upMid), 4)
                    .block(Duration.ofSeconds(30));
            if (result instanceof ChargeResult.Charged c) {
                System.out.println("charged " + c.bpNum() + ", order " + c.orderNo());
            } else if (result instanceof ChargeResult.BelowMinimum) {
                System.out.println("below the minimum");
            } else if (result instanceof ChargeResult.InsufficientBalance) {
                System.out.println("not enough B-coins");
            }
        } catch (OutcomeUnknownException lost) {
            // the answer was lost: check the balance before trying again; biliflux never re-sends it
            System.out.println("outcome unknown: " + lost.getMessage());
        }
        // end::charge[]
    }

    /** "Log in and keep the session fresh": a QR login against the live service (compiled, not run). */
    static void loginAndKeepFresh() {
        // tag::login[]
        try (BiliClient anonymous = BiliClient.create()) {
            QrLoginState.LoggedIn in = PassportClient.of(anonymous).qrLogin()   // QrCode, Scanned, then LoggedIn or Expired
                    .doOnNext(s -> { if (s instanceof QrLoginState.QrCode q) System.out.println(q.url()); })
                    .ofType(QrLoginState.LoggedIn.class)
                    .blockLast(Duration.ofMinutes(4));                           // a QR code lives 180 s
            CredentialStore store = CredentialStore.file(Path.of(System.getProperty("user.home"), ".config/biliflux/session.json"));
            Session session = Session.open(store, SessionState.of(in.credentials(), in.refreshToken()));
            try (BiliClient bili = BiliClient.builder().session(session).deviceIds(true).biliTicket(true).build()) {
                PassportClient.of(bili).keepFresh(session);                      // refreshed at most once a day, when due
                RelationClient.of(bili).followers(in.credentials().dedeUserId())
                        .take(10)
                        .doOnNext(u -> System.out.println(u.mid() + " " + u.uname()))
                        .blockLast(Duration.ofMinutes(1));
            }
        }
        // end::login[]
    }

    /** "Several processes": a client on a Redis budget shared by every process on the key (compiled, not run). */
    static void sharedBudget() {
        // tag::redis[]
        try (RedisRateBudget budget = RedisRateBudget.builder("redis://127.0.0.1:6379")
                     .whenUnavailable(WhenUnavailable.localShare(0.25))   // 4 workers: each keeps 1/4 while Redis is away
                     .build();                                            // default: fail calls with RateBudgetUnavailableException
             BiliClient bili = BiliClient.builder()
                     .rateLimit(RateLimit.perSecond(4))                   // the combined rate of every process on the key
                     .rateBudget(budget)
                     .budgetKey(BudgetKey.perEgressIp("203.0.113.7"))     // or perHost(), perAccount(), named("crawler")
                     .build()) {
            RelationClient.of(bili).followers(2).take(50).blockLast(Duration.ofMinutes(1));
        }
        // end::redis[]
    }

    /** "Observability and proxies": metrics and a proxy on the builder. */
    static BiliClient observedClient(MeterRegistry registry, Credentials login) {
        // tag::observe[]
        BiliClient bili = BiliClient.builder()
                .credentials(login)
                .observer(BiliMetrics.builder(registry)      // biliflux.requests{route,outcome}, .retries, .throttled ...
                        .name("main")                        // the client tag, to tell clients apart
                        .percentiles(0.5, 0.99)              // off unless asked for
                        .build())
                .proxy(ProxyConfig.socks5("127.0.0.1", 1080) // or ProxyConfig.http(host, port)
                        .credentials("user", "password")     // never logged, never in toString()
                        .nonProxyHosts("localhost", "*.internal"))
                .build();
        // end::observe[]
        return bili;
    }
}
