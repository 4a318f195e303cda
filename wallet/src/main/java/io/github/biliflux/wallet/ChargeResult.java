package io.github.biliflux.wallet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of a W1 charge, read from {@code data.status} (not from {@code code}, which is 0 whatever
 * happened to the money): {@link Charged} (4), {@link BelowMinimum} (-2) or {@link InsufficientBalance}
 * (-4). Any other status fails with {@link UnknownChargeStatusException} instead: it is never taken for
 * a charge nor for its absence.
 */
public sealed interface ChargeResult permits ChargeResult.Charged, ChargeResult.BelowMinimum, ChargeResult.InsufficientBalance {

    /** {@code data.status} of a successful charge. */
    int STATUS_CHARGED = 4;
    /** {@code data.status} of a charge below the minimum. */
    int STATUS_BELOW_MINIMUM = -2;
    /** {@code data.status} of a charge refused for lack of B-coins. */
    int STATUS_INSUFFICIENT_BALANCE = -4;

    /**
     * {@code data.status} as sent.
     * @return {@code data.status} as sent
     */
    int status();

    /**
     * {@code data.msg} as sent (empty on success; the service's reason otherwise).
     * @return {@code data.msg} as sent (empty on success; the service's reason otherwise)
     */
    String msg();

    /**
     * Whether B-coins were spent.
     * @return whether B-coins were spent
     */
    default boolean charged() {
        return this instanceof Charged;
    }

    /**
     * W1 status 4: the B-coins were spent.
     *
     * @param mid     the payer ({@code mid})
     * @param upMid   the uploader charged ({@code up_mid})
     * @param orderNo {@code order_no}: the token for {@link WalletClient#leaveChargeMessage(String, String)}
     *                (sent as a string or a number; "" if the service sent none)
     * @param bpNum   {@code bp_num}: the B-coins charged, exact (the amount asked when the answer omits it)
     * @param exp     {@code exp}: the exp gained (1 per whole B-coin; sent as a number or a string; 0 if absent)
     * @param msg     {@code msg}, usually empty
     */
    record Charged(long mid, long upMid, String orderNo, BigDecimal bpNum, long exp, String msg) implements ChargeResult {

        /**
         * Rejects nulls.
         * @param mid the user's mid
         * @param upMid the creator's (uploader's) mid
         * @param orderNo the order number
         * @param bpNum the number of B-coins
         * @param exp the exp
         * @param msg the service's message
         */
        public Charged {
            Objects.requireNonNull(orderNo, "orderNo");
            Objects.requireNonNull(bpNum, "bpNum");
            Objects.requireNonNull(msg, "msg");
        }

        @Override
        public int status() {
            return STATUS_CHARGED;
        }
    }

    /**
     * W1 status -2: the amount was below the service's minimum; nothing was spent.
     *
     * @param msg the service's reason (e.g. {@code elec raw order create failed: 88201})
     */
    record BelowMinimum(String msg) implements ChargeResult {

        /**
         * Rejects null.
         * @param msg the service's message
         */
        public BelowMinimum {
            Objects.requireNonNull(msg, "msg");
        }

        @Override
        public int status() {
            return STATUS_BELOW_MINIMUM;
        }
    }

    /**
     * W1 status -4: not enough B-coins; nothing was spent.
     *
     * @param msg the service's reason (e.g. {@code ... B 币余额不足})
     */
    record InsufficientBalance(String msg) implements ChargeResult {

        /**
         * Rejects null.
         * @param msg the service's message
         */
        public InsufficientBalance {
            Objects.requireNonNull(msg, "msg");
        }

        @Override
        public int status() {
            return STATUS_INSUFFICIENT_BALANCE;
        }
    }
}
