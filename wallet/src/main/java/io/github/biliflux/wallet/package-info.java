/**
 * Charging (充电) an uploader with B-coins (spec W1, W2) and leaving the charge message. Start with
 * {@link io.github.biliflux.wallet.WalletClient#of(io.github.biliflux.core.BiliClient)}.
 * {@link io.github.biliflux.wallet.WalletClient#charge(ChargeTarget, int)} spends money: its outcome
 * is typed ({@link io.github.biliflux.wallet.ChargeResult}), {@code code 0} alone never counts as a
 * charge, and a charge is never re-sent once it may have reached the service (a lost answer fails
 * with {@link io.github.biliflux.core.OutcomeUnknownException}: check the balance before trying again;
 * so does an answer whose status is unknown, {@link io.github.biliflux.wallet.UnknownChargeStatusException}).
 */
package io.github.biliflux.wallet;
