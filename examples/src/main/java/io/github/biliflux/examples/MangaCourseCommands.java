package io.github.biliflux.examples;

import io.github.biliflux.course.CourseClient;
import io.github.biliflux.course.PaidCourse;
import io.github.biliflux.manga.MangaClient;
import picocli.CommandLine.Command;
import reactor.core.publisher.Flux;

/** The manga and course commands (M1, M2, C1). */
final class MangaCourseCommands {

    private MangaCourseCommands() {
    }

    /** M1. */
    @Command(name = "coupons", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "M1: your manga reading coupons")
    static final class Coupons extends ListCommand {
        @Override
        int run(Ctx c) {
            return c.list(c.manga().coupons(), View.COUPONS, list);
        }
    }

    /** M2. */
    @Command(name = "comics", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "M2: the comics you bought")
    static final class Comics extends ListCommand.Paged {
        @Override
        int run(Ctx c) {
            MangaClient m = c.manga();
            return c.list(paged(m::boughtComics, m::boughtComics), View.COMICS, list);
        }
    }

    /** C1. */
    @Command(name = "courses", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "C1: your paid courses")
    static final class Courses extends ListCommand.Paged {
        @Override
        int run(Ctx c) {
            CourseClient k = c.course();
            Flux<PaidCourse> courses = paged(k::paidCourses, k::paidCourses); // a plain Flux: no pages to report
            return c.list(courses, View.COURSES, list);
        }
    }
}
