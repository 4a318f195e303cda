package io.github.biliflux.relation;

/** Where a relation change comes from (R7, R8 {@code re_src}): the documented sources only. */
public enum RelationSource {
    /** re_src 11: the user's space page. The default of the conveniences. */
    SPACE(11),
    /** re_src 14: a video page. */
    VIDEO(14),
    /** re_src 115: an article page. */
    ARTICLE(115),
    /** re_src 222: an activity page. */
    ACTIVITY(222);

    private final int code;

    RelationSource(int code) {
        this.code = code;
    }

    /**
     * The {@code re_src} code R7 and R8 send.
     * @return the {@code re_src} code R7 and R8 send
     */
    public int code() {
        return code;
    }
}
