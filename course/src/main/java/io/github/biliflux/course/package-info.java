/**
 * Paid courses (课程, "cheese") of Bilibili (spec C1): the courses the logged-in user bought, with
 * their watching progress, prices and status. Build a {@link io.github.biliflux.course.CourseClient}
 * from a {@link io.github.biliflux.core.BiliClient} with cookie credentials (C1 takes no app login).
 */
package io.github.biliflux.course;
