package io.github.biliflux.course.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.biliflux.course.PaidCourse;
import java.util.List;

/**
 * C1's {@code data}: the courses of the one page the service serves, and whether more exist.
 *
 * @param data         the courses
 * @param enableCash   {@code is_enable_cash}
 * @param next         whether more courses exist than {@code ps} asked for, or null if absent
 * @param pn           the page number (always 1)
 * @param ps           the page size asked for
 * @param pt           the page count at this {@code ps}
 * @param total        how many courses were bought, or null if absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaidPage(
        @JsonProperty("data") List<PaidCourse> data,
        @JsonProperty("is_enable_cash") boolean enableCash,
        @JsonProperty("next") Boolean next,
        @JsonProperty("pn") int pn,
        @JsonProperty("ps") int ps,
        @JsonProperty("pt") int pt,
        @JsonProperty("total") Long total) {

    /** A missing list becomes empty; the list is copied (C1). */
    public PaidPage {
        data = List.copyOf(data); // Json drops null entries and reads a null list as empty
    }
}
