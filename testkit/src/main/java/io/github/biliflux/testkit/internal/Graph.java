package io.github.biliflux.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The follow graph: for every user, the ordered list of followings ({@code out}) and of followers
 * ({@code in}). Every explicit follow updates both sides. A generated world adds a hub's huge list on
 * one side only ({@link #bulkFollowers}/{@link #bulkFollowings}); the other side of those generated
 * users is materialized the first time it is read or changed, so memory stays at the hub's arrays.
 * Not thread-safe: the world's lock guards it.
 */
final class Graph {

    private record Bulk(long hub, boolean hubFollowers, long lo, long hi) {
        boolean covers(long mid) {
            return mid >= lo && mid < hi;
        }
    }

    private final Map<Long, EdgeList> out = new HashMap<>();
    private final Map<Long, EdgeList> in = new HashMap<>();
    private final List<Bulk> bulks = new ArrayList<>();
    private final Set<Long> outDone = new HashSet<>();
    private final Set<Long> inDone = new HashSet<>();

    /** The hub's followers list, to be filled by the caller with mids in [lo, hi). */
    EdgeList bulkFollowers(long hub, long lo, long hi, int expected) {
        EdgeList list = new EdgeList(expected);
        in.put(hub, list);
        bulks.add(new Bulk(hub, true, lo, hi));
        return list;
    }

    /** The hub's followings list, to be filled by the caller with mids in [lo, hi). */
    EdgeList bulkFollowings(long hub, long lo, long hi, int expected) {
        EdgeList list = new EdgeList(expected);
        out.put(hub, list);
        bulks.add(new Bulk(hub, false, lo, hi));
        return list;
    }

    /** Followings of {@code mid} (materialized). */
    EdgeList followings(long mid) {
        if (!bulks.isEmpty() && !outDone.contains(mid) && pendingOut(mid)) {
            outDone.add(mid);
            EdgeList list = out.computeIfAbsent(mid, k -> new EdgeList());
            for (Bulk b : bulks) {
                if (b.hubFollowers() && b.covers(mid)) {
                    long t = in.get(b.hub()).timeOf(mid);
                    if (t >= 0) {
                        list.addOldest(b.hub(), t);
                    }
                }
            }
        }
        return out.computeIfAbsent(mid, k -> new EdgeList());
    }

    /** Followers of {@code mid} (materialized). */
    EdgeList followers(long mid) {
        if (!bulks.isEmpty() && !inDone.contains(mid) && pendingIn(mid)) {
            inDone.add(mid);
            EdgeList list = in.computeIfAbsent(mid, k -> new EdgeList());
            for (Bulk b : bulks) {
                if (!b.hubFollowers() && b.covers(mid)) {
                    long t = out.get(b.hub()).timeOf(mid);
                    if (t >= 0) {
                        list.addOldest(b.hub(), t);
                    }
                }
            }
        }
        return in.computeIfAbsent(mid, k -> new EdgeList());
    }

    /** Whether {@code a} follows {@code b}, without materializing a generated user. */
    boolean follows(long a, long b) {
        if (!bulks.isEmpty() && !outDone.contains(a) && pendingOut(a)) {
            return followers(b).contains(a);
        }
        EdgeList list = out.get(a);
        return list != null && list.contains(b);
    }

    /** Epoch second at which {@code a} followed {@code b}, or -1. */
    long followTime(long a, long b) {
        if (!follows(a, b)) {
            return -1;
        }
        if (!bulks.isEmpty() && !outDone.contains(a) && pendingOut(a)) {
            return followers(b).timeOf(a);
        }
        return followings(a).timeOf(b);
    }

    boolean follow(long a, long b, long now) {
        if (follows(a, b)) {
            return false;
        }
        followings(a).add(b, now);
        followers(b).add(a, now);
        return true;
    }

    boolean unfollow(long a, long b) {
        if (!follows(a, b)) {
            return false;
        }
        followings(a).remove(b);
        followers(b).remove(a);
        return true;
    }

    private boolean pendingOut(long mid) {
        for (Bulk b : bulks) {
            if (b.hubFollowers() && b.covers(mid)) {
                return true;
            }
        }
        return false;
    }

    private boolean pendingIn(long mid) {
        for (Bulk b : bulks) {
            if (!b.hubFollowers() && b.covers(mid)) {
                return true;
            }
        }
        return false;
    }
}
