package io.github.biliflux.manga;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The totals of M1: the reads left over all coupons and the {@code coupon_info} counters.
 *
 * @param totalRemainAmount the reads left over all valid coupons ({@code total_remain_amount})
 * @param couponInfo        the counters ({@code coupon_info}); all zero when the service sent none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponSummary(
        @JsonProperty("total_remain_amount") int totalRemainAmount,
        @JsonProperty("coupon_info") CouponInfo couponInfo) {

    /**
     * A missing {@code coupon_info} becomes {@link CouponInfo#EMPTY} (M1).
     * @param totalRemainAmount the reads left over all valid coupons ({@code total_remain_amount})
     * @param couponInfo the counters ({@code coupon_info}); all zero when the service sent none
     */
    public CouponSummary {
        couponInfo = couponInfo == null ? CouponInfo.EMPTY : couponInfo;
    }
}
