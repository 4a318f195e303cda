package io.github.biliflux.manga;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.biliflux.manga.internal.ChinaTimeDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One reading coupon (漫读券) of M1 ({@code user_coupons}). Times come as Beijing local times
 * ({@code "2022-05-24 12:00:33"}) or Unix seconds and are decoded to instants.
 *
 * @param id            the coupon id ({@code ID})
 * @param remainAmount  how many reads are left on it
 * @param expireTime    when it expires, or null if the service sent none
 * @param reason        how it was obtained ({@code "积分兑换"}, or a code)
 * @param type          its type ({@code "福利券"}, or a code); completed with {@code type_num} as code
 * @param ctime         when it was obtained, or null if the service sent none
 * @param totalAmount   how many reads it had
 * @param limits        its limits, shape undocumented ("(?)" in the spec); empty in the example
 * @param typeNum       the type code ({@code 7} = 福利券)
 * @param willExpire    whether it expires soon ({@code will_expire} 1)
 * @param discount      {@code discount} (0 in the example)
 * @param discountLimit {@code discount_limit}
 * @param fromCard      whether it came from a card ({@code is_from_card} 1)
 * @param validTime     {@code valid_time} as sent ({@code "0001-01-01"}, the zero date, in the example)
 * @param discountBase  {@code discount_base}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Coupon(
        @JsonProperty("ID") @JsonAlias("id") long id,
        @JsonProperty("remain_amount") int remainAmount,
        @JsonProperty("expire_time") @JsonDeserialize(using = ChinaTimeDeserializer.class) Instant expireTime,
        @JsonProperty("reason") CouponLabel reason,
        @JsonProperty("type") CouponLabel type,
        @JsonProperty("ctime") @JsonDeserialize(using = ChinaTimeDeserializer.class) Instant ctime,
        @JsonProperty("total_amount") int totalAmount,
        @JsonProperty("limits") List<JsonNode> limits,
        @JsonProperty("type_num") int typeNum,
        @JsonProperty("will_expire") boolean willExpire,
        @JsonProperty("discount") int discount,
        @JsonProperty("discount_limit") int discountLimit,
        @JsonProperty("is_from_card") boolean fromCard,
        @JsonProperty("valid_time") String validTime,
        @JsonProperty("discount_base") int discountBase) {

    /**
     * Absent labels become {@link CouponLabel#EMPTY}, {@code type_num} completes {@code type}, lists are copied (M1).
     * @param id the coupon id ({@code ID})
     * @param remainAmount how many reads are left on it
     * @param expireTime when it expires, or null if the service sent none
     * @param reason how it was obtained ({@code "积分兑换"}, or a code)
     * @param type its type ({@code "福利券"}, or a code); completed with {@code type_num} as code
     * @param ctime when it was created (epoch seconds)
     * @param totalAmount how many reads it had
     * @param limits its limits, shape undocumented ("(?)" in the spec); empty in the example
     * @param typeNum the type code ({@code 7} = 福利券)
     * @param willExpire whether it expires soon ({@code will_expire} 1)
     * @param discount {@code discount} (0 in the example)
     * @param discountLimit {@code discount_limit}
     * @param fromCard whether it came from a card ({@code is_from_card} 1)
     * @param validTime {@code valid_time} as sent ({@code "0001-01-01"}, the zero date, in the example)
     * @param discountBase {@code discount_base}
     */
    public Coupon {
        reason = reason == null ? CouponLabel.EMPTY : reason;
        type = type == null ? CouponLabel.EMPTY : type;
        if (typeNum != 0) {
            type = type.withCodeIfAbsent(typeNum);
        }
        limits = List.copyOf(limits); // Json drops null entries and reads a null list as empty
        Objects.requireNonNull(validTime, "validTime");
    }
}
