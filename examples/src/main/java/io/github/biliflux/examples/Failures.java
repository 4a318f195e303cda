package io.github.biliflux.examples;

import io.github.biliflux.core.BiliApiException;
import io.github.biliflux.core.BiliException;
import io.github.biliflux.core.BiliTransportException;
import io.github.biliflux.core.MissingCredentialsException;
import io.github.biliflux.core.OutcomeUnknownException;
import java.util.concurrent.TimeoutException;
import reactor.core.Exceptions;

/**
 * One failure as one line a person understands (what failed, why, what to do), and its exit code.
 * Never a class name, a route id or a secret: the messages are built here from the error code and
 * the server's own message, not from the exception's text.
 */
final class Failures {

    private Failures() {
    }

    /** The failure behind Reactor's wrapping. */
    static Throwable unwrap(Throwable t) {
        Throwable e = Exceptions.unwrap(t);
        return !(e instanceof BiliException) && e.getCause() instanceof BiliException b ? b : e;
    }

    /** The exit code of a failure (see {@link Cli#EXIT_CODES}). */
    static int exitCode(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof IllegalArgumentException) {
            return Cli.USAGE;
        }
        if (e instanceof OutcomeUnknownException) {
            return Cli.OUTCOME_UNKNOWN;
        }
        if (e instanceof BiliApiException || e instanceof MissingCredentialsException) {
            return Cli.FAILED;
        }
        if (unreachable(e)) {
            return Cli.UNREACHABLE;
        }
        return Cli.FAILED;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BiliTransportException || c instanceof java.net.ConnectException || c instanceof TimeoutException
                    || c instanceof java.net.UnknownHostException || c instanceof java.nio.channels.ClosedChannelException
                    || c instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** {@code <command> failed: <why>; <what to do>}. */
    static String explain(String command, Throwable t) {
        Throwable e = unwrap(t);
        String what = command + " failed: ";
        if (e instanceof IllegalArgumentException) {
            return "bad input: " + e.getMessage() + "; see 'biliflux " + command + " --help'";
        }
        if (e instanceof OutcomeUnknownException) {
            return what + "the answer was lost after the request may have reached the server, so it may have taken effect; "
                    + "biliflux did not send it again. Check the result before trying again";
        }
        if (e instanceof MissingCredentialsException) {
            return what + "this needs a login the current credentials do not have; set BILI_COOKIE to a browser's Cookie header "
                    + "(with SESSDATA, bili_jct and DedeUserID)";
        }
        if (e instanceof BiliApiException a) {
            return what + reason(a) + hint(a.code());
        }
        if (unreachable(e)) {
            return what + "the server could not be reached or did not answer in time (" + cause(e) + "); "
                    + "check the network, --proxy or HTTPS_PROXY, --base-url, or raise --timeout";
        }
        if (e instanceof BiliException b) {
            return what + "the server's answer could not be used (" + firstLine(b.getMessage()) + "); run again with --debug for details";
        }
        return what + "unexpected error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                + "); run again with --debug for details";
    }

    private static String reason(BiliApiException a) {
        String server = a.serverMessage() == null || a.serverMessage().isBlank() ? "" : " \"" + firstLine(a.serverMessage()) + "\"";
        String meaning = switch (a.code()) {
            case -101 -> "not logged in";
            case -102 -> "the account is banned";
            case -111 -> "the csrf token (bili_jct) was refused";
            case -352, -412, -509, -799 -> "the service throttled or risk-controlled the requests";
            case -400 -> "the service called the request invalid";
            case -401, -403 -> "access denied";
            case -404 -> "nothing there";
            case 22001 -> "you cannot do this to yourself";
            case 22003 -> "the user has blocked you";
            case 22007 -> "the service does not show more of this list";
            case 22104 -> "there is no such follow group (or it is not yours)";
            case 22105 -> "you do not follow that user";
            case 22106 -> "a follow group with that name exists";
            case 22115, 22118 -> "the user hides this list";
            case 40015 -> "the text contains a word the service does not allow";
            case 40021 -> "the text contains an emoji image";
            case 40022 -> "the text is too long";
            default -> a.code() >= -599 && a.code() <= -500 || a.code() == -8888 ? "the service failed" : "the service refused it";
        };
        int http = a.httpStatus();
        return meaning + " (code " + a.code() + (http != 200 && http > 0 ? ", HTTP " + http : "") + server + ")";
    }

    private static String hint(int code) {
        return switch (code) {
            case -101 -> "; set BILI_COOKIE to a fresh Cookie header copied from a logged-in browser";
            case -111 -> "; copy a fresh Cookie header (bili_jct changes when you log in again)";
            case -352, -412, -509, -799 -> "; wait a few minutes, or lower --rate";
            case 22115, 22118, 22003 -> "; nothing to do from here";
            case -8888 -> "; try again later";
            default -> code >= -599 && code <= -500 ? "; try again later" : "";
        };
    }

    /** The network's reason in words: the first message below our own exceptions; never a class name. */
    static String reason(Throwable e) {
        return cause(e);
    }

    private static String cause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof TimeoutException || c instanceof io.github.biliflux.core.DeadlineExceededException
                    || c.getClass().getSimpleName().contains("Timeout")) {
                return "no answer in time";
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (!(c instanceof BiliException) && c.getMessage() != null && !c.getMessage().isBlank()) {
                return firstLine(c.getMessage());
            }
        }
        return "no details";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
