package io.github.biliflux.manga;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.biliflux.manga.internal.ChinaTimeDeserializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A comic the user bought chapters of (M2). {@code comic_id} comes as a number (example) or a
 * string (table); {@code last_ord} may be fractional (216.5), so it is a {@link BigDecimal};
 * {@code buy_type} is also read under the table's misspelt name {@code bug_type}; {@code orders}
 * is an array in the example and an object in the table, and both decode to a list.
 *
 * @param id             the purchase record's internal id
 * @param comicId        the comic's id
 * @param comicTitle     the comic's title
 * @param hcover         the horizontal header image URL
 * @param scover         the square header image URL
 * @param vcover         the vertical cover URL
 * @param boughtEpCount  how many chapters were bought
 * @param goldStatus     {@code gold_status} (undocumented; 2 in the example)
 * @param couponStatus   {@code coupon_status} (undocumented; 2 in the example)
 * @param comicStatus    the comic's status
 * @param lastOrd        the order number of the latest chapter (may be fractional)
 * @param ctime          when it was bought (a Beijing local time in the answer), or null if absent
 * @param lastShortTitle the short title of the latest chapter
 * @param buyType        the purchase type ({@code buy_type}, alias {@code bug_type})
 * @param epForChapters  {@code ep_for_chapters}
 * @param orders         the automatic payment order, first method first
 * @param enableAutoPay  whether automatic payment is on
 * @param type           {@code type}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BoughtComic(
        @JsonProperty("id") long id,
        @JsonProperty("comic_id") long comicId,
        @JsonProperty("comic_title") String comicTitle,
        @JsonProperty("hcover") String hcover,
        @JsonProperty("scover") String scover,
        @JsonProperty("vcover") String vcover,
        @JsonProperty("bought_ep_count") int boughtEpCount,
        @JsonProperty("gold_status") int goldStatus,
        @JsonProperty("coupon_status") int couponStatus,
        @JsonProperty("comic_status") int comicStatus,
        @JsonProperty("last_ord") BigDecimal lastOrd,
        @JsonProperty("ctime") @JsonDeserialize(using = ChinaTimeDeserializer.class) Instant ctime,
        @JsonProperty("last_short_title") String lastShortTitle,
        @JsonProperty("buy_type") @JsonAlias("bug_type") int buyType,
        @JsonProperty("ep_for_chapters") int epForChapters,
        @JsonProperty("orders") List<PaymentMethod> orders,
        @JsonProperty("enable_auto_pay") boolean enableAutoPay,
        @JsonProperty("type") int type) {

    /**
     * Missing texts become "", a missing {@code last_ord} 0 and missing {@code orders} empty; lists are copied (M2).
     * @param id the purchase record's internal id
     * @param comicId the comic's id
     * @param comicTitle the comic's title
     * @param hcover the horizontal header image URL
     * @param scover the square header image URL
     * @param vcover the vertical cover URL
     * @param boughtEpCount how many chapters were bought
     * @param goldStatus {@code gold_status} (undocumented; 2 in the example)
     * @param couponStatus {@code coupon_status} (undocumented; 2 in the example)
     * @param comicStatus the comic's status
     * @param lastOrd the order number of the latest chapter (may be fractional)
     * @param ctime when it was created (epoch seconds)
     * @param lastShortTitle the short title of the latest chapter
     * @param buyType the purchase type ({@code buy_type}, alias {@code bug_type})
     * @param epForChapters {@code ep_for_chapters}
     * @param orders the automatic payment order, first method first
     * @param enableAutoPay whether automatic payment is on
     * @param type {@code type}
     */
    public BoughtComic {
        Objects.requireNonNull(comicTitle, "comicTitle");
        Objects.requireNonNull(hcover, "hcover");
        Objects.requireNonNull(scover, "scover");
        Objects.requireNonNull(vcover, "vcover");
        lastOrd = lastOrd == null ? BigDecimal.ZERO : lastOrd;
        Objects.requireNonNull(lastShortTitle, "lastShortTitle");
        orders = List.copyOf(orders); // Json drops null entries and reads a null list as empty
    }
}
