package io.github.biliflux.examples;

import io.github.biliflux.account.AccountClient;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.OutcomeUnknownException;
import io.github.biliflux.core.Page;
import io.github.biliflux.core.PagedFlux;
import io.github.biliflux.course.CourseClient;
import io.github.biliflux.manga.MangaClient;
import io.github.biliflux.relation.FollowingOrder;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.testkit.BiliEmulator;
import io.github.biliflux.wallet.ChargeResult;
import io.github.biliflux.wallet.ChargeTarget;
import io.github.biliflux.wallet.WalletClient;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The biliflux command line. {@link #run} is the whole program, with its streams and environment
 * passed in, so that tests run it in-process; {@link Main} binds it to the real ones.
 */
public final class Cli {

    /** Exit codes. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;
    static final int OUTCOME_UNKNOWN = 4;

    static final String USAGE_TEXT = """
            usage: biliflux <command> [arguments] [options]

            relations (R1-R21)
              followers [mid]            stream a follower list (default: your own)
              followings [mid]           stream a following list (--order attention for most visited)
              whispers                   your quiet follows
              blacks                     your blacklist
              tags                       your follow groups
              tag-members <tagId>        the members of a group
              relation <mid>             your relation with a user, both ways
              follow <mid>               follow a user
              unfollow <mid>             unfollow a user
            account (A1-A9)
              account                    profile, exp rewards, VIP, security, real name in one summary
              coins                      the coin log of the last week (--today: today's coin exp)
              sign <text>                set your sign ("" clears it)
            money (W1)
              charge <upMid> <bp> [--video <avid>] --yes
                                         charge B-coins to a space (or a video); refuses without --yes
            manga and courses (M1, M2, C1)
              coupons | comics | courses

            options
              --format table|ndjson|csv  output on stdout (default table)
              --limit N                  stop a stream after N entries
              --progress                 a progress line on stderr (on by default on a terminal)
              --emulator                 use the embedded emulator even with credentials set
              --debug                    stack traces and the library's debug log on stderr

            BILI_COOKIE (a raw Cookie header) or BILI_ACCESS_KEY in the environment talk to the live
            service; with neither, an embedded emulator with a demo account answers.
            """;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final BiliEmulator emulator;

    /** A command line writing to {@code out} and {@code err}, reading credentials from {@code env}. */
    public Cli(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
        this(env, out, err, terminal, null);
    }

    /** As above, using {@code emulator} (already running) instead of starting one when there are no credentials. */
    public Cli(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal, BiliEmulator emulator) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.emulator = emulator;
    }

    /** Runs one command; returns the exit code. */
    public int run(String... argv) {
        Args args;
        try {
            args = Args.parse(argv);
            if (args.command.equals("help") || args.flag("help")) {
                out.print(USAGE_TEXT);
                return OK;
            }
            if (!COMMANDS.containsKey(args.command)) {
                throw new IllegalArgumentException("unknown command '" + args.command + "'");
            }
            args.format();
            args.limit();
        } catch (IllegalArgumentException e) {
            err.println("biliflux: " + e.getMessage() + " (biliflux help for usage)");
            return USAGE;
        }
        boolean debug = args.flag("debug");
        try (Session session = Session.open(env, args.flag("emulator"), err, emulator);
             Output output = Output.of(args.format(), out)) {
            Ctx ctx = new Ctx(session, output, args, new Progress(err, terminal || args.flag("progress")));
            return COMMANDS.get(args.command).run(ctx);
        } catch (IllegalArgumentException e) {
            report(e, debug);
            return USAGE;
        } catch (OutcomeUnknownException e) {
            report(e, debug);
            return OUTCOME_UNKNOWN;
        } catch (BiliException e) {
            report(e, debug);
            return FAILED;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof BiliException b ? b : e;
            report(cause, debug);
            return cause instanceof OutcomeUnknownException ? OUTCOME_UNKNOWN : FAILED;
        }
    }

    private void report(Throwable e, boolean debug) {
        err.println("biliflux: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        if (debug) {
            e.printStackTrace(err);
        }
    }

    /** What a command runs with. */
    record Ctx(Session session, Output output, Args args, Progress progress) {

        RelationClient relation() {
            return RelationClient.of(session.bili);
        }

        AccountClient account() {
            return AccountClient.of(session.bili);
        }

        /** The logged-in mid: from DedeUserID or the emulator, else asked of A1. */
        long me() {
            if (session.knownMid > 0) {
                return session.knownMid;
            }
            return AccountClient.of(session.bili).account().map(a -> a.mid()).blockOptional()
                    .orElseThrow(() -> new IllegalStateException("A1 returned no account"));
        }

        /** Streams a paged list: rows on stdout, progress on stderr, a note when the list was cut by a cap. */
        <T> int stream(PagedFlux<T> list) {
            long limit = args.limit();
            Flux<T> items = list.byPage()
                    .doOnNext(p -> progress.page(p.truncated()))
                    .concatMapIterable(Page::items);
            int code = emit(limit > 0 ? items.take(limit) : items);
            if (progress.truncated()) {
                progress.note("the list ends where the service caps it (truncated); it holds more than was shown");
            }
            return code;
        }

        /** Streams a plain Flux. */
        <T> int stream(Flux<T> items) {
            long limit = args.limit();
            return emit(limit > 0 ? items.take(limit) : items);
        }

        private <T> int emit(Flux<T> items) {
            items.doOnNext(x -> {
                output.row(x);
                progress.entry();
            }).blockLast();
            progress.done();
            return OK;
        }

        /** One value. */
        int one(Mono<?> value) {
            value.blockOptional().ifPresent(output::row);
            return OK;
        }
    }

    @FunctionalInterface
    interface Command {
        int run(Ctx ctx);
    }

    static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("followers", c -> c.stream(c.relation().followers(c.args().positional(0, "mid", c.me()))));
        COMMANDS.put("followings", c -> c.stream(c.relation().followings(c.args().positional(0, "mid", c.me()), order(c.args()))));
        COMMANDS.put("whispers", c -> c.stream(c.relation().whispers()));
        COMMANDS.put("blacks", c -> c.stream(c.relation().blacks()));
        COMMANDS.put("tags", c -> c.stream(c.relation().tags().flatMapIterable(l -> l)));
        COMMANDS.put("tag-members", c -> c.stream(c.relation().tagMembers(c.args().number("tagId", c.args().required(0, "tagId")))));
        COMMANDS.put("relation", c -> {
            long mid = c.args().number("mid", c.args().required(0, "mid"));
            return c.one(Mono.zip(c.relation().relation(mid), c.relation().mutualRelation(mid))
                    .map(t -> Map.of("relation", t.getT1(), "mutual", t.getT2())));
        });
        COMMANDS.put("follow", c -> done(c, c.relation().follow(c.args().number("mid", c.args().required(0, "mid"))), "followed"));
        COMMANDS.put("unfollow", c -> done(c, c.relation().unfollow(c.args().number("mid", c.args().required(0, "mid"))), "unfollowed"));
        COMMANDS.put("account", Cli::accountSummary);
        COMMANDS.put("coins", c -> c.args().flag("today")
                ? c.one(c.account().coinExpToday().map(n -> Map.of("coinExpToday", n)))
                : c.stream(c.account().coinLog()));
        COMMANDS.put("sign", c -> {
            String text = c.args().required(0, "the sign text (\"\" clears it)");
            return done(c, c.account().updateSign(text), text.isEmpty() ? "cleared the sign" : "sign updated");
        });
        COMMANDS.put("charge", Cli::charge);
        COMMANDS.put("coupons", c -> c.stream(MangaClient.of(c.session().bili).coupons()));
        COMMANDS.put("comics", c -> c.stream(MangaClient.of(c.session().bili).boughtComics()));
        COMMANDS.put("courses", c -> c.stream(CourseClient.of(c.session().bili).paidCourses()));
    }

    private static FollowingOrder order(Args a) {
        String o = a.option("order", "time");
        return switch (o) {
            case "time", "follow-time" -> FollowingOrder.FOLLOW_TIME;
            case "attention", "most-visited" -> FollowingOrder.MOST_VISITED;
            default -> throw new IllegalArgumentException("--order must be time or attention, was '" + o + "'");
        };
    }

    private static int done(Ctx c, Mono<Void> action, String what) {
        action.block();
        c.output().row(Map.of("result", what));
        return OK;
    }

    private static int accountSummary(Ctx c) {
        AccountClient a = c.account();
        Map<String, Object> summary = new LinkedHashMap<>();
        List<Map.Entry<String, Mono<?>>> parts = List.of(
                Map.entry("account", a.account()),
                Map.entry("expReward", a.expReward()),
                Map.entry("vip", a.vipInfo()),
                Map.entry("security", a.securityInfo()),
                Map.entry("realName", a.realNameStatus()),
                Map.entry("realNameDetail", a.realNameDetail()));
        for (Map.Entry<String, Mono<?>> p : parts) {
            Optional<?> v = p.getValue().map(x -> (Object) x)
                    .onErrorResume(MissingCredentialsException.class, e -> Mono.just("(" + e.getMessage() + ")"))
                    .blockOptional();
            v.ifPresent(x -> summary.put(p.getKey(), x));
        }
        c.output().row(summary);
        return OK;
    }

    private static int charge(Ctx c) {
        long up = c.args().number("upMid", c.args().required(0, "upMid"));
        int bp = (int) c.args().number("bp", c.args().required(1, "bp (the number of B-coins)"));
        ChargeTarget target = c.args().options.containsKey("video")
                ? ChargeTarget.video(up, c.args().number("--video", c.args().option("video", "")))
                : ChargeTarget.space(up);
        WalletClient wallet = WalletClient.of(c.session().bili);
        if (!c.args().flag("yes")) {
            wallet.charge(target, bp); // validates the arguments without sending anything
            c.progress().note("charge refused: it spends " + bp + " B-coins; run it again with --yes to confirm");
            return REFUSED;
        }
        ChargeResult result = wallet.charge(target, bp).block();
        c.output().row(result);
        return OK;
    }
}
