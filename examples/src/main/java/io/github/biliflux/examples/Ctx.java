package io.github.biliflux.examples;

import io.github.biliflux.account.AccountClient;
import io.github.biliflux.core.PagedFlux;
import io.github.biliflux.course.CourseClient;
import io.github.biliflux.manga.MangaClient;
import io.github.biliflux.relation.RelationClient;
import io.github.biliflux.wallet.WalletClient;
import java.io.PrintStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What a command runs with: the session's clients, the output and the progress line. */
final class Ctx {

    final Cli cli;
    final CommonOptions options;
    final Session session;
    final Progress progress;

    Ctx(Cli cli, CommonOptions options, Session session, Progress progress) {
        this.cli = cli;
        this.options = options;
        this.session = session;
        this.progress = progress;
    }

    RelationClient relation() {
        return RelationClient.of(session.bili);
    }

    AccountClient account() {
        return AccountClient.of(session.bili);
    }

    WalletClient wallet() {
        return WalletClient.of(session.bili);
    }

    MangaClient manga() {
        return MangaClient.of(session.bili);
    }

    CourseClient course() {
        return CourseClient.of(session.bili);
    }

    PrintStream err() {
        return cli.err;
    }

    /** The logged-in mid: from DedeUserID or the emulator, else asked of A1. Call it only when no mid was given. */
    long me() {
        if (session.knownMid > 0) {
            return session.knownMid;
        }
        return account().account().map(a -> a.mid()).blockOptional()
                .orElseThrow(() -> new IllegalStateException("A1 returned no account"));
    }

    /** Streams a paged list: rows on stdout, progress on stderr (with the total when known), a note when a cap cut it. */
    <T> int list(PagedFlux<T> list, View view, ListOptions o) {
        long limit = o.limit();
        // stdout is buffered (Main): each page's rows are flushed once the page is written
        Flux<T> items = list.byPage()
                .doOnNext(progress::page)
                .concatMap(p -> Flux.fromIterable(p.items()).doOnComplete(cli.out::flush), 1);
        return emit(limit > 0 ? items.take(limit) : items, view);
    }

    /** Streams a plain Flux. */
    <T> int list(Flux<T> items, View view, ListOptions o) {
        long limit = o.limit();
        return emit(limit > 0 ? items.take(limit) : items, view);
    }

    private <T> int emit(Flux<T> items, View view) {
        try (Output output = Output.list(options.format, cli.out, cli.rows, view, options.columns)) {
            items.doOnNext(x -> {
                output.row(x);
                progress.entry();
            }).blockLast();
        }
        progress.done();
        if (progress.entries() == 0 && options.format == Output.Format.TABLE) {
            progress.note("the list is empty");
        }
        return Cli.OK;
    }

    /** Prints one value (nothing when the Mono is empty). */
    int single(Mono<?> value, View view) {
        value.blockOptional().ifPresent(v -> single((Object) v, view));
        return Cli.OK;
    }

    /** Prints one value. */
    void single(Object value, View view) {
        try (Output output = Output.single(options.format, cli.out, cli.rows, view, options.columns)) {
            output.row(value);
        }
    }
}
