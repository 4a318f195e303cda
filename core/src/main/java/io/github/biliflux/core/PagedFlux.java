package io.github.biliflux.core;

import io.github.biliflux.core.internal.Observation;
import io.github.biliflux.core.internal.RecentKeys;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.Disposables;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * A list streamed page by page: a {@code Flux} of its entries that also offers {@link #byPage()}
 * and {@link #byPage(int)} to resume. Lazy (nothing is sent before subscription), with paging
 * state per subscriber, at most one page in flight and one in hand, the next page asked for
 * only when downstream demand reaches past the entries in hand. It stops at an empty page,
 * at {@code total}, at {@code next == false} or at a cap (22007, or an empty page while
 * {@code total} says more), marking that last page truncated; it never emits an entry twice,
 * even when the list shifts between pages, and holds constant memory however long the list.
 *
 * <p>It always terminates against a server that makes no progress: a non-empty page that brings
 * no entry not already seen (the same page again for another {@code pn}, a server that ignores
 * {@code pn}, a {@code total} that grows with every page) ends the stream, marked truncated. So
 * such a server costs at most <b>two page requests</b> per stream (each with the attempts of the
 * client's retry policy). The page number never overflows: at page {@code Integer.MAX_VALUE} the
 * stream ends, truncated, instead of asking for the next. Whenever the last page ends the list
 * with fewer entries delivered than the last {@code total} said, it is marked truncated.
 */
public final class PagedFlux<T> extends Flux<T> {

    /** Fetches one page. */
    @FunctionalInterface
    public interface PageFetcher<T> {
        /**
         * Page {@code page} (1-based) of {@code pageSize} entries.
         * @param page the page
         * @param pageSize the number of entries per page
         * @return the page, as a {@code Mono}
         */
        Mono<PageResult<T>> fetch(int page, int pageSize);
    }

    private static final int MIN_DEDUPE_WINDOW = 1000;

    private final int pageSize;
    /** What identifies an entry: exactly one of {@code key} and {@code longKey} is set. */
    private final Function<? super T, ?> key;
    private final ToLongFunction<? super T> longKey;
    private final PageFetcher<T> fetcher;

    private final Route.Paging paging;

    private PagedFlux(int pageSize, Function<? super T, ?> key, PageFetcher<T> fetcher) {
        this(pageSize, key, null, fetcher, null);
    }

    private PagedFlux(int pageSize, Function<? super T, ?> key, ToLongFunction<? super T> longKey, PageFetcher<T> fetcher,
                      Route.Paging paging) {
        this.pageSize = pageSize;
        this.key = key;
        this.longKey = longKey;
        this.fetcher = fetcher;
        this.paging = paging;
    }

    /**
     * The paged list of {@code route}, deduplicated by {@code key}: its page size is the route's default
     * until {@link #pageSize(int)} chooses another within the route's maximum.
     *
     * @param route   a {@linkplain Route#paged paged} route
     * @param key     what identifies an entry (mid, id ...)
     * @param fetcher fetches one page; {@link Route.Paging#apply} puts the page and size into a request
     * @param <T>     the entries
     * @return the list, lazy
     * @throws IllegalArgumentException if {@code route} is not paged
     */
    public static <T> PagedFlux<T> create(Route route, Function<? super T, ?> key, PageFetcher<T> fetcher) {
        Route.Paging p = Objects.requireNonNull(route, "route").paging();
        if (p == null) {
            throw new IllegalArgumentException("route must be paged (Route.paged(...)), was " + route.describe());
        }
        return new PagedFlux<>(p.defaultSize(), Objects.requireNonNull(key, "key"), null, Objects.requireNonNull(fetcher, "fetcher"), p);
    }

    /**
     * As {@link #create(Route, Function, PageFetcher)}, deduplicated by a primitive key (a mid, an
     * id): the window of recent keys then holds longs, with no boxing and no map entry per entry.
     *
     * @param route   a {@linkplain Route#paged paged} route
     * @param key     what identifies an entry (mid, id ...)
     * @param fetcher fetches one page; {@link Route.Paging#apply} puts the page and size into a request
     * @param <T>     the entries
     * @return the list, lazy
     * @throws IllegalArgumentException if {@code route} is not paged
     */
    public static <T> PagedFlux<T> createByLongKey(Route route, ToLongFunction<? super T> key, PageFetcher<T> fetcher) {
        Route.Paging p = Objects.requireNonNull(route, "route").paging();
        if (p == null) {
            throw new IllegalArgumentException("route must be paged (Route.paged(...)), was " + route.describe());
        }
        return new PagedFlux<>(p.defaultSize(), null, Objects.requireNonNull(key, "key"), Objects.requireNonNull(fetcher, "fetcher"), p);
    }

    /**
     * This list with {@code size} entries per page, checked against the route's maximum before any
     * request. Does not change this PagedFlux.
     *
     * @param size the page size: 1 up to the route's maximum (any positive size for a list without a route)
     * @return a new PagedFlux of the same list
     * @throws IllegalArgumentException naming {@code pageSize} and the allowed range
     */
    public PagedFlux<T> pageSize(int size) {
        if (paging != null) {
            paging.checkSize(size);
        } else if (size < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1, was " + size);
        }
        return new PagedFlux<>(size, key, longKey, fetcher, paging);
    }

    /**
     * A paged list of {@code pageSize} entries per page, deduplicated by {@code key} (mid, id ...).
     *
     * @throws IllegalArgumentException if {@code pageSize} is not positive
     * @param <T> the entry type
     * @param pageSize the number of entries per page
     * @param key the key
     * @param fetcher the fetcher
     * @return a paged list of {@code pageSize} entries per page, deduplicated by {@code key} (mid, id ...)
     */
    public static <T> PagedFlux<T> create(int pageSize, Function<? super T, ?> key, PageFetcher<T> fetcher) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1, was " + pageSize);
        }
        return new PagedFlux<>(pageSize, Objects.requireNonNull(key, "key"), Objects.requireNonNull(fetcher, "fetcher"));
    }

    /**
     * The page size asked for.
     * @return the page size asked for
     */
    public int pageSize() {
        return pageSize;
    }

    /**
     * The pages, from the first.
     * @return the pages, from the first
     */
    public Flux<Page<T>> byPage() {
        return byPage(1);
    }

    /**
     * The pages from {@code startPage} on, to resume a stream (entries of pages before it are not
     * known, so they are not deduplicated against).
     *
     * @throws IllegalArgumentException if {@code startPage} is not positive
     * @param startPage the first page to fetch, from 1
     * @return the pages from {@code startPage} on, to resume a stream (entries of pages before it are not known, so they are not deduplicated against)
     */
    public Flux<Page<T>> byPage(int startPage) {
        if (startPage < 1) {
            throw new IllegalArgumentException("startPage must be in 1..2147483647, was " + startPage);
        }
        return Flux.create(sink -> new Cursor(startPage, sink).start());
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        // No prefetch: the next page is asked for only when downstream demand reaches past this one.
        byPage().concatMap(page -> Flux.fromIterable(page.items()), 0).subscribe(actual);
    }

    /**
     * The paging state of one subscription: it asks for the next page only when the previous one
     * has been delivered and the subscriber still wants pages, so one request is in flight at most.
     */
    private final class Cursor {
        private final FluxSink<Page<T>> sink;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private final Disposable.Swap inFlight = Disposables.swap();
        private volatile boolean fetching;
        private volatile boolean done;
        private int next;
        private Long lastTotal;
        /** A bounded window of recent keys: one of the two, as the key is primitive or not. */
        private final RecentKeys recentLongs;
        private final Set<Object> recent;
        private final int start;
        /** Entries delivered by this subscription (each once). */
        private long delivered;

        Cursor(int start, FluxSink<Page<T>> sink) {
            this.next = start;
            this.start = start;
            this.sink = sink;
            int window = Math.max(MIN_DEDUPE_WINDOW, 4 * pageSize);
            // A bounded window of recent keys: a list that shifts by less than a few pages between
            // requests repeats only entries of the last pages, and memory stays constant.
            this.recentLongs = longKey != null ? RecentKeys.longs(window) : null;
            this.recent = longKey != null ? null : RecentKeys.window(window);
        }

        private boolean fresh(T item) {
            return recentLongs != null ? recentLongs.add(longKey.applyAsLong(item)) : recent.add(key.apply(item));
        }

        void start() {
            sink.onDispose(inFlight);
            sink.onRequest(n -> {
                demand.getAndUpdate(d -> Operators.addCap(d, n));
                drain();
            });
        }

        /** Starts the next fetch if pages are wanted and none is in flight; serialised by {@code wip}. */
        private void drain() {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            do {
                if (!done && !fetching && demand.get() > 0 && !sink.isCancelled()) {
                    fetching = true;
                    PageSubscriber s = new PageSubscriber(next);
                    // replace, not update: the previous fetch has answered (fetching was reset in
                    // deliver), and cancelling it between its value and its completion would report
                    // an answered call as cancelled.
                    inFlight.replace(s);
                    fetcher.fetch(s.pn, pageSize).subscribe(s);
                }
            } while (wip.decrementAndGet() != 0);
        }

        /**
         * One page fetch, in one subscriber rather than a chain of operators: its context carries the
         * probe; a value, an empty answer (an empty page) or 22007 (capped) becomes the page.
         */
        private final class PageSubscriber extends BaseSubscriber<PageResult<T>> {
            final int pn;
            private final Observation.PageProbe probe = new Observation.PageProbe();
            private final Context context = probe.into(Context.empty());
            private boolean answered;

            PageSubscriber(int pn) {
                this.pn = pn;
            }

            @Override
            public Context currentContext() {
                return context;
            }

            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            protected void hookOnNext(PageResult<T> r) {
                if (answered) {
                    return;
                }
                answered = true;
                Page<T> p;
                try {
                    p = accept(pn, r);
                    probe.page(p.items().size());
                } catch (RuntimeException e) {
                    fail(e);
                    return;
                }
                deliver(p);
            }

            @Override
            protected void hookOnComplete() {
                if (!answered) {
                    answered = true;
                    hookOnNextEmpty();
                }
            }

            private void hookOnNextEmpty() {
                Page<T> p;
                try {
                    p = accept(pn, PageResult.of(List.of()));
                    probe.page(0);
                } catch (RuntimeException e) {
                    fail(e);
                    return;
                }
                deliver(p);
            }

            @Override
            protected void hookOnError(Throwable e) {
                if (answered) {
                    return;
                }
                answered = true;
                if (e instanceof PageLimitException) {
                    deliver(capped(pn));
                } else {
                    fail(e);
                }
            }
        }

        private void deliver(Page<T> page) {
            demand.decrementAndGet();
            fetching = false;
            sink.next(page);
            // Decide from this page, not from the shared state: sink.next may already have started the
            // next fetch, whose answer can mark the cursor done on another thread before we get here.
            if (page.hasMore()) {
                drain();
            } else {
                sink.complete();
            }
        }

        private void fail(Throwable e) {
            done = true;
            sink.error(e);
        }

        Page<T> accept(int pn, PageResult<T> r) {
            List<T> items = r.items();
            if (r.total() != null) {
                lastTotal = r.total();
            }
            boolean more;
            boolean truncated = false;
            if (items.isEmpty()) {
                more = false;
                truncated = r.total() != null && (long) (pn - 1) * pageSize < r.total();
            } else if (r.next() != null) {
                more = r.next();
            } else if (r.total() != null) {
                more = (long) pn * pageSize < r.total();
            } else {
                more = items.size() >= pageSize;
            }
            Object[] kept = new Object[items.size()];
            int n = 0;
            for (T item : items) {
                if (fresh(item)) {
                    kept[n++] = item;
                }
            }
            @SuppressWarnings("unchecked")
            List<T> fresh = (List<T>) List.of(n == kept.length ? kept : Arrays.copyOf(kept, n));
            if (more && !items.isEmpty() && fresh.isEmpty()) {
                more = false; // no progress: a repeated page, or a server that ignores pn
                truncated = true;
            }
            if (more && pn == Integer.MAX_VALUE) {
                more = false; // the page number cannot go further
                truncated = true;
            }
            delivered += fresh.size();
            if (!more && shortOfTotal()) {
                truncated = true;
            }
            done = !more;
            next = more ? pn + 1 : pn;
            return new Page<>(fresh, pn, pageSize, total(lastTotal), more, truncated);
        }

        /** Whether the last total says the list holds more than the pages before {@code start} and those delivered. */
        private boolean shortOfTotal() {
            return lastTotal != null && (long) (start - 1) * pageSize + delivered < lastTotal;
        }

        Page<T> capped(int pn) {
            done = true;
            return new Page<>(List.of(), pn, pageSize, total(lastTotal), false, true);
        }

        private OptionalLong total(Long t) {
            return t == null ? OptionalLong.empty() : OptionalLong.of(t);
        }
    }
}
