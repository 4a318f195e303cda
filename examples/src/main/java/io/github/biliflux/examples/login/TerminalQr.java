package io.github.biliflux.examples.login;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * Draws a QR code in a terminal with ZXing's encoder: two modules per character cell, using the
 * Unicode half blocks, dark modules as spaces on a light frame so that it scans on dark terminals.
 */
public final class TerminalQr {

    private TerminalQr() {
    }

    /**
     * The QR code of {@code text} as lines of text (with a two-module quiet zone).
     *
     * @param text the text to encode
     * @return the drawing, lines separated by '\n'
     */
    public static String render(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text cannot be drawn as a QR code: " + e.getMessage(), e);
        }
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y += 2) {
            for (int x = 0; x < m.getWidth(); x++) {
                boolean top = m.get(x, y);
                boolean bottom = y + 1 < m.getHeight() && m.get(x, y + 1);
                // Light is drawn, dark is blank: the "ink" of the terminal is the light module.
                sb.append(top ? (bottom ? ' ' : '\u2584') : (bottom ? '\u2580' : '\u2588'));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
