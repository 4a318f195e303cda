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
import io.github.biliflux.core.ClientClosedException;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.PoolExhaustedException;
import io.github.biliflux.core.ResponseTooLargeException;
import java.net.ConnectException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where codes become exceptions (PROTOCOL.md "Error codes") and where each
 * failure is classified: retried for reads, retried for mutations, cooling the host down; and
 * the one place where text from the server is made fit for an exception message: clipped to
 * {@value #MAX_MESSAGE} characters, with every secret of the client's credentials and every
 * {@code sign}, {@code w_rid}, {@code csrf}, {@code access_key} value redacted, even when the
 * server echoes the request back.
 */
public final class Errors {

    /** The most characters of a server's message (or of a decoder's complaint) an exception carries. */
    public static final int MAX_MESSAGE = 300;
    /** What a redacted value is replaced with. */
    public static final String REDACTED = "<redacted>";
    /** How much of a message is scanned for secrets before clipping (a secret across the cut still goes). */
    private static final int SCAN = 4096;
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)(\\b(?:sign|w_rid|csrf|csrf_token|access_key|access_token|refresh_token|sessdata|bili_jct|appsec|app_secret)"
                    + "(?:\"?\\s*[=:]\\s*\"?|%3D))([^&\\s;,\"'}<>]+)");

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
        if (t instanceof ResponseTooLargeException) {
            return false; // the next answer would be as large
        }
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
        if (t instanceof ClientClosedException c) {
            return c.mayHaveBeenSent();
        }
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

    /**
     * The transport exception for {@code e}, raised on the wire: {@code handed} tells whether a
     * connection had taken the request (if not, nothing of it can have been written).
     */
    public static BiliTransportException wire(String route, Throwable e, boolean handed) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String n = c.getClass().getName();
            if (n.endsWith("PoolAcquireTimeoutException") || n.endsWith("PoolAcquirePendingLimitException")) {
                return new PoolExhaustedException(route, c);
            }
        }
        return new BiliTransportException(route, e, !handed || provablyNotSent(e));
    }

    /**
     * {@code text} from the server (a message, or a decoder's complaint quoting the answer) made fit
     * for an exception: the secrets of {@code credentials} and every signature or token parameter
     * redacted, then clipped to {@value #MAX_MESSAGE} characters. Null becomes empty.
     */
    public static String clean(String text, Credentials credentials) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.length() > SCAN ? text.substring(0, SCAN) : text;
        for (String secret : secrets(credentials)) {
            s = s.replace(secret, REDACTED);
        }
        Matcher m = SECRET_PARAM.matcher(s);
        s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + REDACTED));
        if (s.length() > MAX_MESSAGE || text.length() > SCAN) {
            int cut = Math.min(s.length(), MAX_MESSAGE);
            if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            s = s.substring(0, cut) + "... (" + text.length() + " characters in all)";
        }
        return s;
    }

    /** The secret values of {@code c}, as sent and as they may come back encoded or decoded. */
    private static Set<String> secrets(Credentials c) {
        Set<String> raw = new LinkedHashSet<>();
        if (c instanceof Credentials.Cookie k) {
            raw.add(k.sessdata());
            raw.add(k.biliJct());
        } else if (c instanceof Credentials.App a) {
            raw.add(a.accessKey());
            raw.add(a.appKey().appSec());
        }
        Set<String> all = new LinkedHashSet<>();
        for (String v : raw) {
            all.add(v);
            all.add(Signing.formEncode(v));
            all.add(Signing.uriComponent(v));
            try {
                all.add(URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // not percent-encoded: nothing more to add
            }
        }
        // A short value would blank out ordinary words; real tokens are far longer.
        all.removeIf(v -> v.length() < 6);
        return all;
    }
}
