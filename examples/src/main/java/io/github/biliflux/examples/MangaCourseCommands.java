package io.github.biliflux.examples;

import io.github.biliflux.course.CourseClient;
import io.github.biliflux.manga.MangaClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The manga and course commands (M1, M2, C1). */
final class MangaCourseCommands {

    private MangaCourseCommands() {
    }

    /** M1. */
    @Command(name = "coupons", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "M1: your manga reading coupons")
    static final class Coupons extends ApiCommand {
        @Mixin
        ListOptions list = new ListOptions();

        @Override
        void check() {
            list.limit();
        }

        @Override
        int run(Ctx c) {
            return c.list(c.manga().coupons(), View.COUPONS, list);
        }
    }

    /** M2. */
    @Command(name = "comics", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "M2: the comics you bought")
    static final class Comics extends ApiCommand {
        @Mixin
        ListOptions list = new ListOptions();
        @Mixin
        PageSize pageSize = new PageSize();

        @Override
        void check() {
            list.limit();
        }

        @Override
        int run(Ctx c) {
            MangaClient m = c.manga();
            return c.list(pageSize.given() ? m.boughtComics(pageSize.value) : m.boughtComics(), View.COMICS, list);
        }
    }

    /** C1. */
    @Command(name = "courses", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "C1: your paid courses")
    static final class Courses extends ApiCommand {
        @Mixin
        ListOptions list = new ListOptions();
        @Mixin
        PageSize pageSize = new PageSize();

        @Override
        void check() {
            list.limit();
        }

        @Override
        int run(Ctx c) {
            CourseClient k = c.course();
            return c.list(pageSize.given() ? k.paidCourses(pageSize.value) : k.paidCourses(), View.COURSES, list);
        }
    }
}
