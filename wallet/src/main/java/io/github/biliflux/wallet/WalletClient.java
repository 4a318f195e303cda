package io.github.biliflux.wallet;

import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Check;
import io.github.biliflux.wallet.internal.Wire;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Charging uploaders with B-coins (spec W1, W2) and the charge message. Built once from a
 * {@link BiliClient} with {@link #of(BiliClient)}; thread-safe. Every route is cookie only: a client
 * with app credentials fails with {@link io.github.biliflux.core.MissingCredentialsException} before
 * anything is sent.
 *
 * <p>Nothing is sent before subscription, and each subscription sends anew: subscribing twice to one
 * {@code charge(...)} Mono charges twice. A charge is never retried once it may have reached the
 * service; when its answer is lost the Mono fails with
 * {@link io.github.biliflux.core.OutcomeUnknownException}.
 */
public final class WalletClient {

    /** W1: the least B-coins a charge may be (the live bound, PROTOCOL.md; the spec's 20 was in batteries). */
    public static final int MIN_BP = 2;
    /** W1: the most B-coins a charge may be (the live bound, PROTOCOL.md). */
    public static final int MAX_BP = 9999;
    /** W2: the least batteries of a legacy charge (spec 003). */
    public static final int MIN_ELEC = 20;
    /** W2: the most batteries of a legacy charge (spec 003). */
    public static final int MAX_ELEC = 99990;
    /**
     * The longest charge message, in characters (code points). Neither the spec nor PROTOCOL.md documents a
     * limit: this only keeps an absurd body from being sent; the service may refuse shorter messages.
     */
    public static final int MAX_MESSAGE_LENGTH = 500;

    private final BiliClient bili;

    private WalletClient(BiliClient bili) {
        this.bili = bili;
    }

    /**
     * A wallet client over {@code bili}.
     * @param bili the client to send requests with
     * @return a wallet client over {@code bili}
     */
    public static WalletClient of(BiliClient bili) {
        return new WalletClient(Objects.requireNonNull(bili, "bili"));
    }

    /**
     * W1 charges {@code target}'s uploader {@code bpNum} B-coins, spending the B-coin balance first
     * ({@code is_bp_remains_prior=true}). <b>Spends money</b>; see {@link #charge(ChargeTarget, int, boolean)}.
     *
     * @throws IllegalArgumentException when {@code bpNum} is outside {@value #MIN_BP}..{@value #MAX_BP}
     * @throws NullPointerException     when {@code target} is null
     * @param target the target
     * @param bpNum the number of B-coins
     * @return the typed outcome of the charge
     */
    public Mono<ChargeResult> charge(ChargeTarget target, int bpNum) {
        return charge(target, bpNum, true);
    }

    /**
     * W1 charges {@code target}'s uploader {@code bpNum} B-coins. <b>Spends money.</b> The outcome is
     * read from {@code data.status}: {@link ChargeResult.Charged} (its {@code orderNo} lets you
     * {@linkplain #leaveChargeMessage(String, String) leave a message}),
     * {@link ChargeResult.BelowMinimum} or {@link ChargeResult.InsufficientBalance}. Any other status
     * fails with {@link UnknownChargeStatusException}; a lost answer with
     * {@link io.github.biliflux.core.OutcomeUnknownException}; neither is re-sent.
     *
     * @param target         the uploader and where the charge comes from
     * @param bpNum          B-coins, {@value #MIN_BP}..{@value #MAX_BP}
     * @param bpRemainsPrior {@code is_bp_remains_prior}: spend the B-coin balance first (a B-coin
     *                       charge should say true)
     * @throws IllegalArgumentException when {@code bpNum} is out of range (nothing is sent)
     * @throws NullPointerException     when {@code target} is null
     * @return the typed outcome of the charge
     */
    public Mono<ChargeResult> charge(ChargeTarget target, int bpNum, boolean bpRemainsPrior) {
        Check.notNull("target", target);
        Check.range("bpNum", bpNum, MIN_BP, MAX_BP);
        String route = WalletRoutes.CHARGE.describe();
        ApiRequest req = WalletRoutes.CHARGE.request()
                .form("bp_num", bpNum)
                .form("is_bp_remains_prior", bpRemainsPrior)
                .form("up_mid", target.upMid())
                .form("otype", target.otype())
                .form("oid", target.oid())
                .build();
        return bili.exchange(req, Wire.Charge.class, data -> data.toResult(route, bpNum))
                .switchIfEmpty(Mono.error(() -> new UnknownChargeStatusException(route, null, "no data")));
    }

    /**
     * Leaves the message of a W1 charge ({@code POST /x/ugcpay/trade/elec/message}, PROTOCOL.md). One
     * message per order: a second fails with {@link ChargeMessageExistsException} (88203).
     *
     * @param orderNo the {@link ChargeResult.Charged#orderNo()} of the charge, sent as {@code order_id}
     * @param message the message, 1..{@value #MAX_MESSAGE_LENGTH} characters, not blank
     * @throws IllegalArgumentException when {@code orderNo} or {@code message} is blank or the message too long
     * @throws NullPointerException     when an argument is null
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> leaveChargeMessage(String orderNo, String message) {
        Check.notBlank("orderNo", orderNo);
        Check.notBlank("message", message);
        Check.length("message", message, 1, MAX_MESSAGE_LENGTH);
        Check.text("message", message);
        ApiRequest req = WalletRoutes.MESSAGE.request().form("order_id", orderNo).form("message", message).build();
        return bili.execute(req);
    }

    /**
     * W2 the legacy charge ({@code POST /x/ugcpay/trade/elec/pay/quick}, {@code elec_num} batteries).
     * Expired upstream: the service answers {@code status} 0 and <b>charges nothing</b>. Kept for
     * completeness of the spec; not re-sent when its answer is lost.
     *
     * @param target  the uploader and where the charge comes from
     * @param elecNum batteries, {@value #MIN_ELEC}..{@value #MAX_ELEC} (10 per B-coin)
     * @throws IllegalArgumentException when {@code elecNum} is out of range (nothing is sent)
     * @throws NullPointerException     when {@code target} is null
     * @deprecated W2 charges nothing upstream; use {@link #charge(ChargeTarget, int)}.
     * @return the legacy charge ({@code POST /x/ugcpay/trade/elec/pay/quick}, {@code elec_num} batteries)
     */
    @Deprecated
    public Mono<LegacyChargeResult> chargeLegacy(ChargeTarget target, int elecNum) {
        Check.notNull("target", target);
        Check.range("elecNum", elecNum, MIN_ELEC, MAX_ELEC);
        String route = WalletRoutes.LEGACY_CHARGE.describe();
        ApiRequest req = WalletRoutes.LEGACY_CHARGE.request()
                .form("elec_num", elecNum)
                .form("up_mid", target.upMid())
                .form("otype", target.otype())
                .form("oid", target.oid())
                .build();
        return bili.exchange(req, Wire.LegacyCharge.class, Wire.LegacyCharge::toResult)
                .switchIfEmpty(Mono.error(() -> new UnknownChargeStatusException(route, null, "no data")));
    }
}
