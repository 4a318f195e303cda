package io.github.biliflux.passport.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** Refresh steps 2 and 3: the RSA-OAEP (SHA-256, MGF1-SHA-256) correspond path, and refresh_csrf from the page. */
public final class CorrespondPath {

    /** The production public key of PROTOCOL.md (X.509, base64). */
    public static final String PRODUCTION_KEY = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDLgd2OAkcGVtoE3ThUREbio0EgUc/prcajMKXvkCKFCWhJYJcLkcM2DKKcSeFpD/j6Boy538YXnR6VhcuUJOhH2x71nzPjfdTcqMz7djHum0qSZA0AyCBDABUqCrfNgCiJ00Ra7GmRj+YCK1NJEuewlb40JNrRuoEUXpabUzGB8QIDAQAB";

    private static final Pattern NAME_DIV = Pattern.compile("<div\\s+id=\"1-name\"\\s*>([^<]*)</div>");

    private CorrespondPath() {
    }

    /**
     * Parses a base64 X.509 RSA public key (PEM armour and line breaks allowed).
     *
     * @param base64 the key
     * @return the public key
     */
    public static PublicKey publicKey(String base64) {
        String b = base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("correspondKey must be a base64 X.509 RSA public key");
        }
    }

    /**
     * Lowercase hex of the RSA-OAEP encryption of {@code refresh_<timestampMillis>}; differs on every call.
     *
     * @param key             the public key
     * @param timestampMillis the timestamp of refresh step 1
     * @return 256 hex characters for a 1024-bit key
     */
    public static String of(PublicKey key, long timestampMillis) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                    PSource.PSpecified.DEFAULT));
            return HexFormat.of().formatHex(cipher.doFinal(("refresh_" + timestampMillis).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-OAEP with SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * The text of {@code <div id="1-name">}, or null.
     *
     * @param html the correspond page
     * @return refresh_csrf, or null
     */
    public static String refreshCsrf(String html) {
        Matcher m = NAME_DIV.matcher(html);
        return m.find() && !m.group(1).isBlank() ? m.group(1).strip() : null;
    }
}
