package io.github.biliflux.wallet;

import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;

/** Every endpoint of spec 003 (W1, W2) and the charge message of PROTOCOL.md, declared once. */
final class WalletRoutes {

    /** W1 charge with B-coins: a non-idempotent POST that spends money, cookie only. */
    static final Route CHARGE = Route.post("W1", Host.API, "/x/ugcpay/web/v2/trade/elec/pay/quick", Auth.COOKIE);
    /**
     * The message of a W1 charge, keyed by its order number (PROTOCOL.md, not a spec id of its own);
     * 88203 when one was already left.
     */
    static final Route MESSAGE = Route.post("W1-message", Host.API, "/x/ugcpay/trade/elec/message", Auth.COOKIE)
            .error(88203, ChargeMessageExistsException::new);
    /** W2 the legacy charge: expired upstream, answers status 0 and charges nothing. */
    static final Route LEGACY_CHARGE = Route.post("W2", Host.API, "/x/ugcpay/trade/elec/pay/quick", Auth.COOKIE);

    private WalletRoutes() {
    }
}
