package io.github.biliflux.manga;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The counters of M1's {@code coupon_info}: how many coupons, rentals, discounts, monthly tickets,
 * general ("silver") coupons, shop coupons and suit coupons are new, about to expire or left.
 * The spec documents the meaning of {@code remain_coupon}, {@code remain_silver} and
 * {@code remain_shop_coupon} only; the other names are the service's.
 *
 * @param newCouponNum          {@code new_coupon_num}
 * @param couponWillExpire      {@code coupon_will_expire}
 * @param rentWillExpire        {@code rent_will_expire}
 * @param newRentNum            {@code new_rent_num}
 * @param discountWillExpire    {@code discount_will_expire}
 * @param newDiscountNum        {@code new_discount_num}
 * @param monthTicketWillExpire {@code month_ticket_will_expire}
 * @param newMonthTicketNum     {@code new_month_ticket_num}
 * @param silverWillExpire      {@code silver_will_expire}
 * @param newSilverNum          {@code new_silver_num}
 * @param remainItem            {@code remain_item}
 * @param remainDiscount        {@code remain_discount}
 * @param remainCoupon          reading coupons held ({@code remain_coupon})
 * @param remainSilver          general coupons held ({@code remain_silver})
 * @param remainShopCoupon      shop coupons held ({@code remain_shop_coupon})
 * @param newShopNum            {@code new_shop_num}
 * @param shopWillExpire        {@code shop_will_expire}
 * @param newSuitId             {@code new_suit_id}
 * @param remainSuitCoupon      {@code remain_suit_coupon}
 * @param newSuitNum            {@code new_suit_num}
 * @param suitWillExpire        {@code suit_will_expire}
 * @param vipPrivCoupon         {@code vip_priv_coupon}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponInfo(
        @JsonProperty("new_coupon_num") int newCouponNum,
        @JsonProperty("coupon_will_expire") int couponWillExpire,
        @JsonProperty("rent_will_expire") int rentWillExpire,
        @JsonProperty("new_rent_num") int newRentNum,
        @JsonProperty("discount_will_expire") int discountWillExpire,
        @JsonProperty("new_discount_num") int newDiscountNum,
        @JsonProperty("month_ticket_will_expire") int monthTicketWillExpire,
        @JsonProperty("new_month_ticket_num") int newMonthTicketNum,
        @JsonProperty("silver_will_expire") int silverWillExpire,
        @JsonProperty("new_silver_num") int newSilverNum,
        @JsonProperty("remain_item") int remainItem,
        @JsonProperty("remain_discount") int remainDiscount,
        @JsonProperty("remain_coupon") int remainCoupon,
        @JsonProperty("remain_silver") int remainSilver,
        @JsonProperty("remain_shop_coupon") int remainShopCoupon,
        @JsonProperty("new_shop_num") int newShopNum,
        @JsonProperty("shop_will_expire") int shopWillExpire,
        @JsonProperty("new_suit_id") long newSuitId,
        @JsonProperty("remain_suit_coupon") int remainSuitCoupon,
        @JsonProperty("new_suit_num") int newSuitNum,
        @JsonProperty("suit_will_expire") int suitWillExpire,
        @JsonProperty("vip_priv_coupon") boolean vipPrivCoupon) {

    /** All counters zero: what an answer without {@code coupon_info} means. */
    public static final CouponInfo EMPTY = new CouponInfo(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false);
}
