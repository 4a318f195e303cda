package io.github.biliflux.testkit.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passport part of a world (PROTOCOL.md "Sessions"): QR codes (web and TV) whose state a test
 * drives, refresh tokens, the cookie-refresh handshake (timestamp, refresh_csrf, unconfirmed old
 * cookies), the RSA key pair of the correspond page, and the device ids and tickets handed out.
 * Guarded by the world's lock.
 */
public final class PassportState {

    /** How long a QR code stays valid, in seconds. */
    public static final long QR_LIFETIME = 180;

    /** The kind of a QR code. */
    public enum Kind { WEB, TV }

    /** The state of a QR code. */
    public enum QrState { WAITING, SCANNED, CONFIRMED, EXPIRED, USED }

    /** One QR code. */
    static final class Qr {
        final String key;
        final Kind kind;
        final long createdAt;
        QrState state = QrState.WAITING;
        long mid;

        Qr(String key, Kind kind, long createdAt) {
            this.key = key;
            this.kind = kind;
            this.createdAt = createdAt;
        }
    }

    /** The cookies replaced by a refresh, valid until its confirmation. */
    record Unconfirmed(String oldSessdata, String oldBiliJct, String oldRefreshToken) {
    }

    /** Whether {@code csrf} is the bili_jct of {@code mid}'s cookies replaced by a refresh not yet confirmed. */
    public boolean oldCsrf(long mid, String csrf) {
        Unconfirmed u = unconfirmed.get(mid);
        return u != null && u.oldBiliJct().equals(csrf);
    }

    final Map<String, Qr> qrs = new LinkedHashMap<>();
    final Map<Long, String> refreshTokens = new HashMap<>();
    final Set<Long> refreshNeeded = new HashSet<>();
    final Map<Long, Long> issuedTimestamp = new HashMap<>();
    final Map<Long, String> refreshCsrf = new HashMap<>();
    final Map<Long, Unconfirmed> unconfirmed = new HashMap<>();
    final Set<String> tickets = new HashSet<>();
    KeyPair keyPair;
    long seq;

    /** The key pair of the correspond page, generated on first use unless a test set one. */
    public KeyPair keyPair() {
        if (keyPair == null) {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(1024);
                keyPair = g.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return keyPair;
    }

    /** Replaces the key pair. */
    public void keyPair(KeyPair pair) {
        this.keyPair = pair;
    }

    /** The public key as base64 X.509 (the form PROTOCOL.md prints the production key in). */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keyPair().getPublic().getEncoded());
    }

    /** A new 32-character key. */
    String newKey(long seed, String what) {
        return Signatures.md5Hex(what + ":" + seed + ":" + (++seq));
    }

    /** The QR code {@code key}, expired by the clock when too old. */
    Qr qr(String key, long now) {
        Qr q = key == null ? null : qrs.get(key);
        if (q != null && (q.state == QrState.WAITING || q.state == QrState.SCANNED) && now - q.createdAt >= QR_LIFETIME) {
            q.state = QrState.EXPIRED;
        }
        return q;
    }

    /** Keys of the codes not yet used or expired, oldest first. */
    public List<String> pending(long now) {
        List<String> out = new ArrayList<>();
        for (String k : new ArrayList<>(qrs.keySet())) {
            Qr q = qr(k, now);
            if (q.state == QrState.WAITING || q.state == QrState.SCANNED || q.state == QrState.CONFIRMED) {
                out.add(k);
            }
        }
        return out;
    }

    /** Moves a code to {@code state}; confirming logs {@code mid} in. */
    public void drive(String key, QrState state, long mid, long now) {
        Qr q = qr(key, now);
        if (q == null) {
            throw new IllegalArgumentException("no QR code " + key);
        }
        if (q.state == QrState.USED || q.state == QrState.EXPIRED) {
            throw new IllegalStateException("QR code " + key + " is already " + q.state);
        }
        q.state = state;
        if (state == QrState.CONFIRMED) {
            q.mid = mid;
        }
    }

    /** The current refresh token of {@code mid}, created on first use. */
    public String refreshToken(long seed, long mid) {
        return refreshTokens.computeIfAbsent(mid, m -> newKey(seed, "refresh:" + m));
    }

    /** Issues a new refresh token to {@code mid}. */
    String newRefreshToken(long seed, long mid) {
        String t = newKey(seed, "refresh:" + mid);
        refreshTokens.put(mid, t);
        return t;
    }

    /** Whether a test asked for cookie/info to say {@code refresh: true}. */
    public void requireRefresh(long mid, boolean on) {
        if (on) {
            refreshNeeded.add(mid);
        } else {
            refreshNeeded.remove(mid);
        }
    }

    /** Whether {@code ticket} was handed out by GenWebTicket. */
    public boolean ticketIssued(String ticket) {
        return tickets.contains(ticket);
    }

    /** Whether a refresh of {@code mid} waits for its confirmation. */
    public boolean unconfirmed(long mid) {
        return unconfirmed.containsKey(mid);
    }
}
