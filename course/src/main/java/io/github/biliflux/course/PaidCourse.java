package io.github.biliflux.course;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A course the user bought (C1 {@code data.data[]}). The spec's table gives prices in B-coins after
 * discount; the example's 9900 for a 3-day camp suggests hundredths of a yuan, so prices are kept as
 * sent.
 *
 * @param seasonId      the course (season) id: the {@code ss} number of its URL ({@code id})
 * @param title         the title
 * @param subTitle      the subtitle, may span lines
 * @param cover         the cover image URL
 * @param url           the course page URL
 * @param upId          the mid of the uploader selling it
 * @param epCount       how many episodes it has
 * @param expiryDay     {@code expiry_day} (0 in the example: no expiry)
 * @param expired       whether access has expired ({@code is_expired})
 * @param payGid        {@code pay_gid} (327 in the example)
 * @param payStatus     the purchase status (0 = bought)
 * @param platformPrice {@code platformPrice}, as sent
 * @param price         {@code price}, as sent
 * @param progress      how far the user got
 * @param seasonStyle   {@code seasonStyle} (0 in the example)
 * @param statusCode    the raw {@code status}: the table says 1/2, the example sends -1/10; see {@link #status()}
 * @param updateInfo    the update state, e.g. {@code "已完结 | 共10课时"}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaidCourse(
        @JsonProperty("id") long seasonId,
        @JsonProperty("title") String title,
        @JsonProperty("sub_title") String subTitle,
        @JsonProperty("cover") String cover,
        @JsonProperty("url") String url,
        @JsonProperty("up_id") long upId,
        @JsonProperty("ep_count") int epCount,
        @JsonProperty("expiry_day") int expiryDay,
        @JsonProperty("is_expired") boolean expired,
        @JsonProperty("pay_gid") long payGid,
        @JsonProperty("pay_status") int payStatus,
        @JsonProperty("platformPrice") BigDecimal platformPrice,
        @JsonProperty("price") BigDecimal price,
        @JsonProperty("progress") CourseProgress progress,
        @JsonProperty("seasonStyle") int seasonStyle,
        @JsonProperty("status") int statusCode,
        @JsonProperty("update_info") String updateInfo) {

    /**
     * Missing texts become "", missing prices 0 and a missing progress {@link CourseProgress#NONE} (C1).
     * @param seasonId the course (season) id: the {@code ss} number of its URL ({@code id})
     * @param title the title
     * @param subTitle the subtitle, may span lines
     * @param cover the cover image URL
     * @param url the course page URL
     * @param upId the mid of the uploader selling it
     * @param epCount how many episodes it has
     * @param expiryDay {@code expiry_day} (0 in the example: no expiry)
     * @param expired whether access has expired ({@code is_expired})
     * @param payGid {@code pay_gid} (327 in the example)
     * @param payStatus the purchase status (0 = bought)
     * @param platformPrice {@code platformPrice}, as sent
     * @param price {@code price}, as sent
     * @param progress how far the user got
     * @param seasonStyle {@code seasonStyle} (0 in the example)
     * @param statusCode the raw {@code status}: the table says 1/2, the example sends -1/10; see {@link #status()}
     * @param updateInfo the update state, e.g. {@code "已完结 | 共10课时"}
     */
    public PaidCourse {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subTitle, "subTitle");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(url, "url");
        platformPrice = platformPrice == null ? BigDecimal.ZERO : platformPrice;
        price = price == null ? BigDecimal.ZERO : price;
        progress = progress == null ? CourseProgress.NONE : progress;
        Objects.requireNonNull(updateInfo, "updateInfo");
    }

    /**
     * The documented meaning of {@link #statusCode()}, {@link CourseStatus#UNKNOWN} for others (C1).
     * @return the documented meaning of {@link #statusCode()}, {@link CourseStatus#UNKNOWN} for others (C1)
     */
    public CourseStatus status() {
        return CourseStatus.of(statusCode);
    }
}
