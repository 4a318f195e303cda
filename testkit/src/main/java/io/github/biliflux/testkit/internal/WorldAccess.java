package io.github.biliflux.testkit.internal;

import io.github.biliflux.testkit.internal.Records.Order;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes of the world's internals on behalf of the public {@code World} (lock held by caller). */
public final class WorldAccess {

    private WorldAccess() {
    }

    public static void clock(WorldState w, Clock clock) {
        w.clock = clock;
    }

    public static void sensitiveWords(WorldState w, List<String> words) {
        w.sensitiveWords.clear();
        w.sensitiveWords.addAll(words);
    }

    public static void rename(Account a, String uname) {
        a.uname = uname;
    }

    public static BigDecimal balance(Account a) {
        return a.balance;
    }

    public static void balance(Account a, BigDecimal balance) {
        a.balance = balance;
    }

    public static String sign(Account a) {
        return a.sign;
    }

    public static void hideFollowings(Account a, boolean hidden) {
        a.hideFollowings = hidden;
    }

    public static void coinExp(Account a, int exp) {
        a.coinExpToday = exp;
    }

    public static List<Long> newestFirst(Graph g, long mid, boolean followers) {
        return newestFirst(followers ? g.followers(mid) : g.followings(mid));
    }

    public static List<Long> whispers(WorldState w, long mid) {
        Account a = w.existing(mid);
        return a == null ? List.of() : newestFirst(a.whispers);
    }

    public static List<Long> blacks(WorldState w, long mid) {
        Account a = w.existing(mid);
        return a == null ? List.of() : newestFirst(a.blacks);
    }

    public static Map<Long, String> tags(WorldState w, long mid) {
        Account a = w.existing(mid);
        return a == null ? Map.of() : new LinkedHashMap<>(a.tags);
    }

    public static Map<String, Boolean> orders(WorldState w, long mid) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Order o : w.orders.values()) {
            if (o.payer() == mid) {
                out.put(o.orderNo(), w.ordersWithMessage.contains(o.orderNo()));
            }
        }
        return out;
    }

    private static List<Long> newestFirst(EdgeList list) {
        List<Long> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(list.newest(i));
        }
        return out;
    }
}
