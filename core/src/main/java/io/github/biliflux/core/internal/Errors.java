package io.github.biliflux.core.internal;

import io.github.biliflux.core.AccessDeniedException;
import io.github.biliflux.core.AccountBannedException;
import io.github.biliflux.core.ApiError;
import io.github.biliflux.core.BadRequestException;
import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.BiliTransportException;
import io.github.biliflux.core.CsrfException;
import io.github.biliflux.core.MalformedResponseException;
import io.github.biliflux.core.NotLoggedInException;
import io.github.biliflux.core.PageLimitException;
import io.github.biliflux.core.PrivacyException;
import io.github.biliflux.core.RateLimitedException;
import io.github.biliflux.core.RiskControlException;
import io.github.biliflux.core.Route;
import io.github.biliflux.core.ServerErrorException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.function.Function;

/**
 * The one place where codes become exceptions (PROTOCOL.md "Error codes") and where each
 * failure is classified: retried for reads, retried for mutations, cooling the host down.
 */
public final class Errors {

    private Errors() {
    }

    /** The typed exception for {@code error}: the route's own codes first, then the common ones. */
    public static BiliApiException map(Route route, ApiError error) {
        Function<ApiError, ? extends BiliApiException> own = route.errors().get(error.code());
        if (own != null) {
            return own.apply(error);
        }
        return switch (error.code()) {
            case -101 -> new NotLoggedInException(error);
            case -102 -> new AccountBannedException(error);
            case -111 -> new CsrfException(error);
            case -352 -> new RiskControlException(error);
            case -401, -403 -> new AccessDeniedException(error);
            case -3, -400, -404, -405, -409 -> new BadRequestException(error);
            case -412, -509, -799 -> new RateLimitedException(error);
            case -500, -502, -503, -504, -8888 -> new ServerErrorException(error);
            case 22007 -> new PageLimitException(error);
            case 22115, 22118 -> new PrivacyException(error);
            default -> error.httpStatus() >= 500 ? new ServerErrorException(error) : new BiliApiException(error);
        };
    }

    /** Whether an idempotent request is retried after {@code t}. */
    public static boolean retryableRead(Throwable t) {
        if (t instanceof MalformedResponseException m) {
            // A broken body may come right next time; a 404 page or a redirect will not.
            return m.httpStatus() / 100 == 2 || m.httpStatus() >= 500;
        }
        return t instanceof RateLimitedException
                || t instanceof ServerErrorException
                || t instanceof BiliTransportException;
    }

    /** Whether a mutation is retried after {@code t}: only when it provably never left the client. */
    public static boolean retryableMutation(Throwable t) {
        return t instanceof BiliTransportException te && te.notSent();
    }

    /** Whether {@code t} puts the host into a cool-down: HTTP 412, -412, -509, -799. */
    public static boolean throttles(Throwable t) {
        return t instanceof RateLimitedException;
    }

    /** Whether a mutation that failed with {@code t} may still have been applied. */
    public static boolean outcomeUnknown(Throwable t) {
        if (t instanceof BiliTransportException te) {
            return !te.notSent();
        }
        if (t instanceof ServerErrorException se) {
            return se.httpStatus() >= 500; // no envelope: a gateway error says nothing of the backend
        }
        // Code 0 with data we cannot read: the mutation went through, but what it did is not known.
        return t instanceof MalformedResponseException || t instanceof io.github.biliflux.core.DecodingException;
    }

    /** Whether {@code t}, raised while connecting, proves that nothing of the request was written. */
    public static boolean provablyNotSent(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
            String n = c.getClass().getName();
            if (n.endsWith("PoolAcquireTimeoutException") || n.endsWith("PoolAcquirePendingLimitException")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
