package io.github.biliflux.wallet;

import io.github.biliflux.core.Check;

/**
 * Whom a W1 charge goes to and from where: an uploader's space ({@code otype=up}, {@code oid} = the
 * uploader's mid) or one of their videos ({@code otype=archive}, {@code oid} = the video's avid).
 * Build it with {@link #space(long)} or {@link #video(long, long)}.
 *
 * @param kind  space or video
 * @param upMid the uploader charged ({@code up_mid})
 * @param oid   the source: the uploader's mid for a space, the avid for a video
 */
public record ChargeTarget(Kind kind, long upMid, long oid) {

    /** Where the charge comes from ({@code otype}). */
    public enum Kind {
        /** From the uploader's space: {@code otype=up}. */
        SPACE("up"),
        /** From a video: {@code otype=archive}. */
        VIDEO("archive");

        private final String otype;

        Kind(String otype) {
            this.otype = otype;
        }

        /**
         * The {@code otype} form value.
         * @return the {@code otype} form value
         */
        public String otype() {
            return otype;
        }
    }

    /**
     * Validates the ids.
     *
     * @throws IllegalArgumentException when an id is not positive, or a space target's oid is not its upMid
     * @param kind space or video
     * @param upMid the uploader charged ({@code up_mid})
     * @param oid the source: the uploader's mid for a space, the avid for a video
     */
    public ChargeTarget {
        Check.notNull("kind", kind);
        Check.id("upMid", upMid);
        Check.id(kind == Kind.VIDEO ? "avid" : "oid", oid);
        Check.that(kind != Kind.SPACE || oid == upMid, "oid", "of a space charge must be the upMid " + upMid + ", was " + oid);
    }

    /**
     * W1 a charge from {@code upMid}'s space.
     * @param upMid the creator's (uploader's) mid
     * @return a charge from {@code upMid}'s space
     */
    public static ChargeTarget space(long upMid) {
        return new ChargeTarget(Kind.SPACE, upMid, upMid);
    }

    /**
     * W1 a charge from video {@code avid} of uploader {@code upMid}.
     * @param upMid the creator's (uploader's) mid
     * @param avid the avid
     * @return a charge from video {@code avid} of uploader {@code upMid}
     */
    public static ChargeTarget video(long upMid, long avid) {
        return new ChargeTarget(Kind.VIDEO, upMid, avid);
    }

    /**
     * The {@code otype} form value: {@code up} or {@code archive}.
     * @return the {@code otype} form value: {@code up} or {@code archive}
     */
    public String otype() {
        return kind.otype();
    }
}
