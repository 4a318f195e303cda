package io.github.biliflux.core;

/**
 * No pooled connection became free in time ({@code BiliClient.Builder#pendingAcquireTimeout}), or
 * more requests were waiting for one than the pool queues ({@code maxPendingAcquires}). Nothing
 * of the request was sent, so reads and mutations alike may be retried.
 */
public class PoolExhaustedException extends BiliTransportException {

    /**
     * {@code route} got no connection because of {@code cause}.
     * @param route the route, as {@code "R1 GET /x/relation/followers"}
     * @param cause the pool's acquire-timeout or pending-limit failure
     */
    public PoolExhaustedException(String route, Throwable cause) {
        super(route, "no pooled connection for " + route + " (nothing was sent): " + describe(cause), cause, true);
    }
}
