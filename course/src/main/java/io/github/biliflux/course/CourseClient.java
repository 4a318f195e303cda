package io.github.biliflux.course;

import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Check;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.internal.RecentKeys;
import io.github.biliflux.course.internal.PaidPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Paid courses (spec C1) of the logged-in user, with cookie credentials. Immutable and
 * thread-safe; nothing is sent before subscription.
 *
 * <pre>{@code
 * CourseClient.of(bili).paidCourses()
 *     .subscribe(c -> System.out.println(c.title() + " " + c.progress().lastTime()));
 * }</pre>
 */
public final class CourseClient {

    /**
     * The {@code ps} of the first request: the largest the emulator accepts (testkit README; the spec
     * gives no maximum), so most users get every course in one request.
     */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** The largest first-request {@code ps} accepted by {@link #paidCourses(int)}. */
    public static final int MAX_PAGE_SIZE = 50;

    /** The largest {@code ps} of a follow-up request: the spec sets none; no account holds more courses. */
    public static final int MAX_FOLLOW_UP_PAGE_SIZE = 1000;

    /** How many follow-up requests one stream makes at most (a list growing while it is read). */
    static final int MAX_FOLLOW_UPS = 3;

    private static final Logger log = LoggerFactory.getLogger(CourseClient.class);

    private final BiliClient bili;

    private CourseClient(BiliClient bili) {
        this.bili = Check.notNull("bili", bili);
    }

    /**
     * A course client over {@code bili} (C1).
     * @param bili the client to send requests with
     * @return a course client over {@code bili} (C1)
     */
    public static CourseClient of(BiliClient bili) {
        return new CourseClient(bili);
    }

    /**
     * C1: every paid course, each once. The service serves page 1 only ({@code pn} must be 1, declared
     * with the route as {@link Route#firstPageOnly()}), so
     * this asks for {@value #DEFAULT_PAGE_SIZE} and, when {@code next} says more exist, asks once more
     * with {@code ps} = {@code total}, emitting only the courses not emitted yet (by season id).
     *
     * @see #paidCourses(int)
     * @return every paid course, each once
     */
    public Flux<PaidCourse> paidCourses() {
        return paidCourses(DEFAULT_PAGE_SIZE);
    }

    /**
     * C1: every paid course, the first request asking for {@code pageSize}. When that answer's
     * {@code next} says more exist, one more request asks for {@code ps} = {@code total}; should the
     * list have grown meanwhile (a larger {@code total}, {@code next} still true) it asks again with
     * the new total, and stops as soon as a total stops growing. Courses are deduplicated by season
     * id. If the service serves fewer than {@code total} even then (a capped {@code ps}), the stream
     * ends with what it served and logs a warning, rather than asking in a loop. Fails with
     * {@link CourseAccessDeniedException} (-401) when the cookie is not accepted.
     *
     * @throws IllegalArgumentException if {@code pageSize} is not in 1..50
     * @param pageSize the number of entries per page
     * @return every paid course, the first request asking for {@code pageSize}
     */
    public Flux<PaidCourse> paidCourses(int pageSize) {
        CourseRoutes.PAID.paging().checkSize(pageSize);
        // Follow-ups re-serve the list from its head, at most MAX_FOLLOW_UP_PAGE_SIZE entries each: a window
        // that size catches every repeat, in bounded memory.
        return page(pageSize).flatMapMany(first -> rest(first, pageSize, 0))
                .distinct(PaidCourse::seasonId, () -> RecentKeys.window(MAX_FOLLOW_UP_PAGE_SIZE));
    }

    /** The courses of {@code page}, then those of a larger request if {@code page} says more exist. */
    private Flux<PaidCourse> rest(PaidPage page, long asked, int followUps) {
        Flux<PaidCourse> here = Flux.fromIterable(page.data());
        if (!Boolean.TRUE.equals(page.next()) && !(page.next() == null && page.total() != null && page.total() > page.data().size())) {
            return here;
        }
        long total = page.total() == null ? 0 : page.total();
        // Bounded: a total no account reaches (Long.MAX_VALUE from a broken answer) must not become a
        // loop of ever-equal requests.
        long ps = Math.min(total, MAX_FOLLOW_UP_PAGE_SIZE);
        if (ps <= asked || followUps >= MAX_FOLLOW_UPS) {
            // More exist, but asking again could not bring more than this answer: a capped ps, or no total.
            log.warn("C1: the service listed {} paid courses and says more exist (total {}) but serves no more with ps={}",
                    page.data().size(), page.total(), asked);
            return here;
        }
        return here.concatWith(page((int) ps).flatMapMany(p -> rest(p, ps, followUps + 1)));
    }

    private Mono<PaidPage> page(int ps) {
        Route route = CourseRoutes.PAID;
        // A first-page-only route: the paging asks pn=1 whatever the page, so only ps grows.
        return bili.exchange(route.paging().apply(route.request(), 1, ps).build(), PaidPage.class);
    }

    @Override
    public String toString() {
        return "CourseClient[" + bili + "]";
    }
}
