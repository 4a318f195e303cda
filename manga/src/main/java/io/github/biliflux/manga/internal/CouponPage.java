package io.github.biliflux.manga.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.biliflux.manga.Coupon;
import java.util.List;

/**
 * The {@code data} of one M1 page as far as paging needs it: the coupons of the page (the
 * totals are read separately, as {@link io.github.biliflux.manga.CouponSummary}).
 *
 * @param userCoupons the coupons of this page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponPage(@JsonProperty("user_coupons") List<Coupon> userCoupons) {

    /** A missing list becomes empty; the list is copied (M1). */
    public CouponPage {
        userCoupons = List.copyOf(userCoupons); // Json drops null entries and reads a null list as empty
    }
}
