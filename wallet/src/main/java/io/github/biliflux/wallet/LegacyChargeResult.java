package io.github.biliflux.wallet;

import java.math.BigDecimal;

/**
 * The answer of the legacy W2 charge, as sent. W2 expired upstream: it answers {@code status} 0 and
 * charges nothing, so {@link #charged()} is false in practice.
 *
 * @param mid     {@code mid}
 * @param upMid   {@code up_mid}
 * @param orderNo {@code order_no} ("" when none)
 * @param elecNum {@code elec_num}: the batteries charged (10 per B-coin in the old unit)
 * @param exp     {@code exp}
 * @param status  {@code status}: 4 charged, -2 below the minimum, -4 not enough B-coins, 0 expired (nothing charged)
 * @param msg     {@code msg}
 */
public record LegacyChargeResult(long mid, long upMid, String orderNo, BigDecimal elecNum, long exp, int status,
                                 String msg) {

    /**
     * Whether the service reported a charge (status 4).
     * @return whether the service reported a charge (status 4)
     */
    public boolean charged() {
        return status == ChargeResult.STATUS_CHARGED;
    }
}
