package io.github.biliflux.account;

import java.time.Instant;

/**
 * A4 the logged-in user's VIP (大会员) status ({@code /x/vip/web/user/info}, cookie only).
 *
 * @param mid           the user's mid
 * @param vipType       the VIP type; {@link VipType#UNKNOWN} for a code the spec does not list
 * @param vipTypeCode   {@code vip_type} as sent
 * @param vipStatus     the VIP status; {@link VipStatus#UNKNOWN} for a code the spec does not list
 * @param vipStatusCode {@code vip_status} as sent
 * @param vipDueDate    when the VIP ends ({@code vip_due_date}, sent in epoch milliseconds), or null when
 *                      the service sends 0 or nothing
 * @param vipPayType    {@code vip_pay_type}: 1 VIP was bought, 0 never
 * @param themeType     {@code theme_type} (meaning unknown, 0 in the spec)
 */
public record VipInfo(long mid, VipType vipType, int vipTypeCode, VipStatus vipStatus, int vipStatusCode,
                      Instant vipDueDate, int vipPayType, int themeType) {

    /**
     * Whether VIP was ever bought ({@code vip_pay_type == 1}).
     * @return whether VIP was ever bought ({@code vip_pay_type == 1})
     */
    public boolean paid() {
        return vipPayType == 1;
    }
}
