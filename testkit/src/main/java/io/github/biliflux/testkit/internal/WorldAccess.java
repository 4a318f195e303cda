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

    public static long seed(WorldState w) {
        return w.seed;
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

    /** Adds {@code count} generated paid courses at the head of {@code a}'s list (newest first), ids from {@code firstId}. */
    public static void addCourses(Account a, long firstId, int count) {
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            a.courses.add(0, new Records.Course(id, "课程 " + id, "", 100_000L + id, 9900, 10, 10, id * 10, "第1课", 60,
                    "已完结 | 共10课时"));
        }
    }

    /** Adds {@code count} generated reading coupons to {@code a}, ids from {@code firstId}, expiring after {@code expireEpochSecond}. */
    public static void addCoupons(Account a, long firstId, int count, long expireEpochSecond) {
        for (int i = 0; i < count; i++) {
            a.coupons.add(new Records.Coupon(firstId + i, 1, expireEpochSecond, "活动赠送", "福利券",
                    expireEpochSecond - 7 * 86_400L, 1, 7));
        }
    }

    /** Adds {@code count} generated bought comics to {@code a}, comic ids from {@code firstComicId}. */
    public static void addComics(Account a, long firstComicId, int count) {
        for (int i = 0; i < count; i++) {
            long id = firstComicId + i;
            a.comics.add(new Records.Comic(30_000_000L + id, id, "漫画 " + id, 1, BigDecimal.valueOf(12), 1_643_204_373L,
                    "12", 0, true));
        }
    }

    /** How many paid courses, coupons and bought comics {@code a} holds. */
    public static int[] holdings(Account a) {
        return new int[] {a.courses.size(), a.coupons.size(), a.comics.size()};
    }
}
