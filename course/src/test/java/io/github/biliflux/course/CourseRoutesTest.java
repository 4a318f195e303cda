package io.github.biliflux.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.biliflux.core.Route;
import org.junit.jupiter.api.Test;

/** C1's "pn must be 1" and its page sizes are declared with the route. */
class CourseRoutesTest {

    @Test
    void c1IsAFirstPageOnlyRouteOfAtMostFiftyFirst() {
        Route.Paging p = CourseRoutes.PAID.paging();
        assertThat(p).isEqualTo(new Route.Paging("pn", "ps", CourseClient.DEFAULT_PAGE_SIZE, CourseClient.MAX_PAGE_SIZE, true));
        assertThat(p.apply(CourseRoutes.PAID.request(), 2, 120).build().query())
                .as("a follow-up asks page 1 again, larger").containsEntry("pn", "1").containsEntry("ps", "120");
    }
}
