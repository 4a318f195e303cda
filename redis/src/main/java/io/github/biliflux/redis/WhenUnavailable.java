package io.github.biliflux.redis;

/**
 * What a {@link RedisRateBudget} does when Redis does not answer within its command timeout (down,
 * unreachable, or slow): {@link #fail()} fails the call with
 * {@link io.github.biliflux.core.RateBudgetUnavailableException} before anything is sent;
 * {@link #localShare(double)} falls back, for as long as Redis is away, to an in-process budget of
 * a share of the limit (each of N processes configured with {@code 1.0 / N} keeps the combined rate
 * within the limit). Never an unbounded wait, never an unlimited rate.
 */
public final class WhenUnavailable {

    private final double share;

    private WhenUnavailable(double share) {
        this.share = share;
    }

    /**
     * Fail calls with {@link io.github.biliflux.core.RateBudgetUnavailableException}.
     *
     * @return the policy
     */
    public static WhenUnavailable fail() {
        return new WhenUnavailable(0);
    }

    /**
     * Fall back to a local budget of {@code share} of each limit (at least one permit per period),
     * and to local cool-downs.
     *
     * @param share the share, in (0, 1]
     * @return the policy
     */
    public static WhenUnavailable localShare(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1], was " + share);
        }
        return new WhenUnavailable(share);
    }

    /**
     * Whether calls fail rather than fall back.
     *
     * @return true for {@link #fail()}
     */
    public boolean fails() {
        return share == 0;
    }

    /**
     * The share of the limit the local fallback allows (0 for {@link #fail()}).
     *
     * @return the share
     */
    public double share() {
        return share;
    }

    @Override
    public String toString() {
        return fails() ? "WhenUnavailable[fail]" : "WhenUnavailable[localShare " + share + "]";
    }
}
