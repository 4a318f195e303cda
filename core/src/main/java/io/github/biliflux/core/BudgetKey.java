package io.github.biliflux.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which {@link RateBudget} key a client's requests to a host count against. The service throttles
 * per IP and per account: {@link #perHost()} (the default) counts every client of the budget
 * against one key per host (with the default in-process budget, of one client alone, that is the
 * client's own limit); {@link #perAccount()} separates the clients of each account;
 * {@link #perEgressIp(String)} those behind each address; {@link #named(String)} the clients given
 * each name. Every key stays per host, since each host has its own {@link RateLimit}.
 */
public final class BudgetKey {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

    private final String scope;
    private final boolean account;

    private BudgetKey(String scope, boolean account) {
        this.scope = scope;
        this.account = account;
    }

    /**
     * One budget per host: {@code "host:api"}.
     *
     * @return the per-host key choice
     */
    public static BudgetKey perHost() {
        return new BudgetKey("host", false);
    }

    /**
     * One budget per account and host: {@code "account:<mid>:api"} for cookie credentials, the
     * first 16 hex digits of the SHA-256 of the access key for app credentials (never the key
     * itself), {@code "account:anonymous:api"} without credentials.
     *
     * @return the per-account key choice
     */
    public static BudgetKey perAccount() {
        return new BudgetKey("account", true);
    }

    /**
     * One budget per egress address and host: {@code "ip:<address>:api"}.
     *
     * @param address the address the service sees, 1..100 characters of letters, digits and
     *                {@code . _ : -}
     * @return the per-address key choice
     */
    public static BudgetKey perEgressIp(String address) {
        return new BudgetKey("ip:" + check(address, "address"), false);
    }

    /**
     * A budget of the given name per host: {@code "<name>:api"}.
     *
     * @param name 1..100 characters of letters, digits and {@code . _ : -}
     * @return the named key choice
     */
    public static BudgetKey named(String name) {
        return new BudgetKey("name:" + check(name, "name"), false);
    }

    private static String check(String v, String what) {
        Objects.requireNonNull(v, what);
        if (!NAME.matcher(v).matches()) {
            throw new IllegalArgumentException(what + " must be 1..100 characters of letters, digits and . _ : -, was \"" + v + "\"");
        }
        return v;
    }

    /**
     * The key of {@code host}'s budget for a client with {@code credentials}.
     *
     * @param host        the host
     * @param credentials the client's credentials
     * @return the key, free of secrets
     */
    public String keyOf(Host host, Credentials credentials) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
        String h = host.name().toLowerCase(java.util.Locale.ROOT);
        if (!account) {
            return scope + ":" + h;
        }
        String who;
        if (credentials instanceof Credentials.Cookie c && c.dedeUserId() > 0) {
            who = Long.toString(c.dedeUserId());
        } else if (credentials instanceof Credentials.App a) {
            who = "app-" + sha256(a.accessKey()).substring(0, 16);
        } else if (credentials instanceof Credentials.Cookie c) {
            who = "cookie-" + sha256(c.sessdata()).substring(0, 16);
        } else {
            who = "anonymous";
        }
        return "account:" + who + ":" + h;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "BudgetKey[" + (account ? "account" : scope) + "]";
    }
}
