package io.github.biliflux.course;

import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;

/** The course endpoint of spec 001, declared once. */
final class CourseRoutes {

    /**
     * C1: the paid courses, one page only ({@code pn} must be 1, {@code ps} is how many: 50 at most on
     * the first request, the largest the emulator accepts; the spec gives no maximum). Cookie only;
     * its -401 ("非法访问") gets an exception that says what it means here.
     */
    static final Route PAID = Route.get("C1", Host.API, "/pugv/pay/web/my/paid", Auth.COOKIE)
            .paged("pn", "ps", CourseClient.DEFAULT_PAGE_SIZE, CourseClient.MAX_PAGE_SIZE).firstPageOnly()
            .error(-401, CourseAccessDeniedException::new);

    private CourseRoutes() {
    }
}
