package io.github.biliflux.testkit.internal;

import io.github.biliflux.testkit.CapMode;
import io.github.biliflux.testkit.World;
import io.github.biliflux.testkit.internal.Records.Order;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The whole mutable state of an emulated Bilibili, and the operations that keep it consistent
 * (followers, followings, whispers, blacklist, tags and special follows change together).
 * Every method must be called inside {@link #locked(Function)}: one lock, correctness first.
 */
public final class WorldState {

    /** Special-follow tag id (R12). */
    public static final long SPECIAL = -10;
    /** Default group id (R12). */
    public static final long DEFAULT = 0;

    final long seed;
    Clock clock;
    volatile CapMode capMode = CapMode.LIVE;
    final Set<String> sensitiveWords = new LinkedHashSet<>(List.of("敏感词", "违禁词", "fuck"));
    final Set<String> emoteNames = new LinkedHashSet<>(List.of(
            "doge", "妙啊", "笑哭", "滑稽", "微笑", "OK", "星星眼", "打call", "藏狗", "脱单doge", "吃瓜", "tv_微笑"));
    String imgKey = "7cd084941338484aae1ad9425b84077c";
    String subKey = "4932caff0ff746eab6f01bf08b70ac45";
    int wbiRotation;
    final Map<Long, Account> accounts = new HashMap<>();
    final Map<String, Long> bySessdata = new HashMap<>();
    final Map<String, Long> byAccessKey = new HashMap<>();
    final Graph graph = new Graph();
    final Map<String, Order> orders = new HashMap<>();
    final Set<String> ordersWithMessage = new HashSet<>();
    final Map<Long, Long> namedSeeds = new HashMap<>();
    long nextTagId = 300_001;
    long orderSeq = 1;
    /** Profiles of notable users without accounts (the spec's example users in the demo world). */
    final Map<Long, Profile> fixedProfiles = new HashMap<>();
    /** QR codes, refresh tokens, the refresh handshake, device ids and tickets (PROTOCOL.md "Sessions"). */
    public final PassportState passport = new PassportState();
    /** Moves on after every {@link #locked} call and every request that may have changed the world. */
    private long version;
    /** The relation lists' user cards of the current version. */
    final Cards cards = new Cards();

    public WorldState(long seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    /**
     * Runs {@code op} with the world's one lock held: the only way in for the public {@code World} and
     * the emulator's handlers, so every read sees a consistent world. The world may have changed
     * afterwards, so its version moves on (what is cached for the old version is dropped).
     *
     * @param op  what to read or change
     * @param <T> what it returns
     * @return what {@code op} returned
     */
    public synchronized <T> T locked(Function<WorldState, T> op) {
        try {
            return op.apply(this);
        } finally {
            version++;
        }
    }

    /**
     * Runs a request's handler with the world's lock held, as {@link #locked}, but keeps the version
     * (and what is cached for it) when {@code unchanged} says the answer changed nothing.
     *
     * @param op        the handler
     * @param unchanged whether an answer left the world as it was
     * @param <T>       what it returns
     * @return what {@code op} returned
     */
    public synchronized <T> T serve(Function<WorldState, T> op, Predicate<T> unchanged) {
        boolean same = false;
        try {
            T out = op.apply(this);
            same = unchanged.test(out);
            return out;
        } finally {
            if (!same) {
                version++;
            }
        }
    }

    /** The version of the world's state: it moves on whenever the state may have changed. */
    long version() {
        return version;
    }

    /** Appends {@code mid}'s card to a list entry, written once per version (see {@link Cards#append}). */
    void card(long mid, JsonBytes out) {
        cards.append(this, mid, out);
    }

    // ---- accounts and sessions -------------------------------------------------------------------

    /** The account of {@code mid}, creating it (with a session) on first use. */
    public Account account(long mid) {
        Account a = accounts.get(mid);
        if (a == null) {
            a = new Account(mid, seed);
            Profile fixed = fixedProfiles.get(mid);
            if (fixed != null) {
                a.uname = fixed.uname();
                a.face = fixed.face();
                a.sign = fixed.sign();
                a.officialType = fixed.officialType();
                a.officialDesc = fixed.officialDesc();
                a.vipType = fixed.vipType();
                a.vipDueDate = fixed.vipDueDate();
                a.vipStatus = fixed.vipStatus();
            }
            accounts.put(mid, a);
            register(a);
        }
        return a;
    }

    /** The account of {@code mid} if materialized, else null. */
    public Account existing(long mid) {
        return accounts.get(mid);
    }

    private void register(Account a) {
        bySessdata.put(a.sessdata(seed), a.mid);
        byAccessKey.put(a.accessKey(seed), a.mid);
    }

    /** Invalidates the tokens of {@code mid}; the next session gets new ones. */
    public void logout(long mid) {
        Account a = account(mid);
        bySessdata.remove(a.sessdata(seed));
        byAccessKey.remove(a.accessKey(seed));
        a.tokenGeneration++;
        register(a);
    }

    public String sessdata(long mid) {
        return account(mid).sessdata(seed);
    }

    public String biliJct(long mid) {
        return account(mid).biliJct(seed);
    }

    public String accessKey(long mid) {
        return account(mid).accessKey(seed);
    }

    /** The mid logged in with this SESSDATA, or null. */
    public Long midBySessdata(String sessdata) {
        return sessdata == null ? null : bySessdata.get(sessdata);
    }

    /** The mid of this access_key, or null. */
    public Long midByAccessKey(String accessKey) {
        return accessKey == null ? null : byAccessKey.get(accessKey);
    }

    /** The card of any user. */
    public Profile profile(long mid) {
        Account a = accounts.get(mid);
        if (a != null) {
            return a.profile();
        }
        Profile p = fixedProfiles.get(mid);
        return p != null ? p : Profile.derived(seed, mid);
    }

    /**
     * The seed every derived value (cookies, keys, profiles) of this world comes from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    public long now() {
        return clock.instant().getEpochSecond();
    }

    public CapMode capMode() {
        return capMode;
    }

    public void capMode(CapMode mode) {
        this.capMode = mode;
    }

    public String imgKey() {
        return imgKey;
    }

    public String subKey() {
        return subKey;
    }

    public void rotateWbiKeys() {
        wbiRotation++;
        imgKey = Signatures.md5Hex("img:" + seed + ":" + wbiRotation);
        subKey = Signatures.md5Hex("sub:" + seed + ":" + wbiRotation);
    }

    // ---- relations --------------------------------------------------------------------------------

    public Graph graph() {
        return graph;
    }

    public boolean follows(long a, long b) {
        return graph.follows(a, b);
    }

    public boolean blocked(long owner, long other) {
        Account a = accounts.get(owner);
        return a != null && a.blacks.contains(other);
    }

    public boolean whispers(long owner, long other) {
        Account a = accounts.get(owner);
        return a != null && a.whispers.contains(other);
    }

    /** The attribute of {@code owner} towards {@code other}: 0, 1 whisper, 2 follow, 6 mutual, 128 blocked. */
    public int attribute(long owner, long other) {
        if (blocked(owner, other)) {
            return 128;
        }
        if (graph.follows(owner, other)) {
            return graph.follows(other, owner) ? 6 : 2;
        }
        return whispers(owner, other) ? 1 : 0;
    }

    /** The mtime of {@code owner}'s relation to {@code other}: follow, whisper or block time; 0 if none. */
    public long relationTime(long owner, long other) {
        Account a = accounts.get(owner);
        if (a != null && a.blacks.contains(other)) {
            return a.blacks.timeOf(other);
        }
        long t = graph.followTime(owner, other);
        if (t >= 0) {
            return t;
        }
        if (a != null && a.whispers.contains(other)) {
            return a.whispers.timeOf(other);
        }
        return 0;
    }

    /** Tag ids (including -10) {@code owner} put {@code other} in, in order; empty for the default group. */
    public List<Long> tagsOf(long owner, long other) {
        Account a = accounts.get(owner);
        if (a == null) {
            return List.of();
        }
        LinkedHashSet<Long> s = a.tagsOf.get(other);
        return s == null ? List.of() : new ArrayList<>(s);
    }

    public boolean special(long owner, long other) {
        return tagsOf(owner, other).contains(SPECIAL);
    }

    public boolean follow(long me, long target) {
        Account a = account(me);
        boolean changed = a.whispers.remove(target);
        return graph.follow(me, target, now()) | changed;
    }

    public boolean unfollow(long me, long target) {
        boolean changed = graph.unfollow(me, target);
        Account a = accounts.get(me);
        if (a != null) {
            changed |= a.tagsOf.remove(target) != null;
        }
        return changed;
    }

    public boolean whisper(long me, long target) {
        boolean changed = unfollow(me, target);
        return account(me).whispers.add(target, now()) | changed;
    }

    public boolean unwhisper(long me, long target) {
        return account(me).whispers.remove(target);
    }

    /** Blocking removes every follow and whisper between the two users, both ways. */
    public boolean block(long me, long target) {
        boolean changed = unfollow(me, target) | unfollow(target, me);
        changed |= account(me).whispers.remove(target);
        Account other = accounts.get(target);
        if (other != null) {
            changed |= other.whispers.remove(me);
        }
        return account(me).blacks.add(target, now()) | changed;
    }

    public boolean unblock(long me, long target) {
        return account(me).blacks.remove(target);
    }

    public boolean removeFan(long me, long fan) {
        return unfollow(fan, me);
    }

    // ---- tags ----------------------------------------------------------------------------------------

    /** Creates a custom tag and returns its id. */
    public long createTag(long me, String name) {
        long id = nextTagId++;
        account(me).tags.put(id, name);
        return id;
    }

    /** Adds {@code fid} to {@code tagId} for {@code me}; true when it changed. */
    public boolean tag(long me, long fid, long tagId) {
        return account(me).tagsOf.computeIfAbsent(fid, k -> new LinkedHashSet<>()).add(tagId);
    }

    /** Removes {@code fid} from {@code tagId}. */
    public boolean untag(long me, long fid, long tagId) {
        Account a = account(me);
        LinkedHashSet<Long> s = a.tagsOf.get(fid);
        if (s == null || !s.remove(tagId)) {
            return false;
        }
        if (s.isEmpty()) {
            a.tagsOf.remove(fid);
        }
        return true;
    }

    /** Moves {@code fid} to the default group: no tag at all, not special. */
    public boolean clearTags(long me, long fid) {
        return account(me).tagsOf.remove(fid) != null;
    }

    public boolean deleteTag(long me, long tagId) {
        Account a = account(me);
        if (a.tags.remove(tagId) == null) {
            return false;
        }
        for (Long fid : new ArrayList<>(a.tagsOf.keySet())) {
            untag(me, fid, tagId);
        }
        return true;
    }

    // ---- wallet ----------------------------------------------------------------------------------------

    /** Debits {@code amount} and returns the new order number. */
    public Order charge(long payer, long upMid, BigDecimal amount) {
        Account a = account(payer);
        a.balance = a.balance.subtract(amount);
        String orderNo = "BP" + Signatures.md5Hex("order:" + seed + ":" + orderSeq++).substring(0, 18).toUpperCase();
        Order o = new Order(orderNo, payer, upMid, amount);
        orders.put(orderNo, o);
        return o;
    }

    // ---- set-up and inspection on behalf of the public World ----------------------------------------

    /** Replaces the clock of "now". */
    public WorldState clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Replaces A9's sensitive words. */
    public WorldState sensitiveWords(List<String> words) {
        sensitiveWords.clear();
        sensitiveWords.addAll(words);
        return this;
    }

    /** Creates or renames {@code mid}'s account with {@code balance} B-coins. */
    public WorldState addUser(long mid, String uname, BigDecimal balance) {
        Account a = account(mid);
        a.uname = uname;
        a.balance = balance;
        return this;
    }

    public BigDecimal balance(long mid) {
        return account(mid).balance;
    }

    public WorldState balance(long mid, BigDecimal balance) {
        account(mid).balance = balance;
        return this;
    }

    public String sign(long mid) {
        return account(mid).sign;
    }

    public WorldState hideFollowings(long mid, boolean hidden) {
        account(mid).hideFollowings = hidden;
        return this;
    }

    public WorldState coinExpToday(long mid, int exp) {
        account(mid).coinExpToday = exp;
        return this;
    }

    /** Followers ({@code followers == true}) or followings of {@code mid}, newest first. */
    public List<Long> relationList(long mid, boolean followers) {
        return newestFirst(followers ? graph.followers(mid) : graph.followings(mid));
    }

    public List<Long> whisperList(long mid) {
        Account a = existing(mid);
        return a == null ? List.of() : newestFirst(a.whispers);
    }

    public List<Long> blackList(long mid) {
        Account a = existing(mid);
        return a == null ? List.of() : newestFirst(a.blacks);
    }

    public Map<Long, String> tags(long mid) {
        Account a = existing(mid);
        return a == null ? Map.of() : new java.util.LinkedHashMap<>(a.tags);
    }

    /** The order numbers {@code mid} paid, with whether a message was left. */
    public Map<String, Boolean> orders(long mid) {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        for (Order o : orders.values()) {
            if (o.payer() == mid) {
                out.put(o.orderNo(), ordersWithMessage.contains(o.orderNo()));
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

    /** Adds {@code count} generated paid courses at the head of {@code mid}'s list (newest first), ids from {@code firstId}. */
    public WorldState addCourses(long mid, long firstId, int count) {
        Account a = account(mid);
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            a.courses.add(0, new Records.Course(id, "课程 " + id, "", 100_000L + id, 9900, 10, 10, id * 10, "第1课", 60,
                    "已完结 | 共10课时"));
        }
        return this;
    }

    /** Adds {@code count} generated reading coupons to {@code mid}, ids from {@code firstId}, expiring after {@code expireEpochSecond}. */
    public WorldState addCoupons(long mid, long firstId, int count, long expireEpochSecond) {
        Account a = account(mid);
        for (int i = 0; i < count; i++) {
            a.coupons.add(new Records.Coupon(firstId + i, 1, expireEpochSecond, "活动赠送", "福利券",
                    expireEpochSecond - 7 * 86_400L, 1, 7));
        }
        return this;
    }

    /** Adds {@code count} generated bought comics to {@code mid}, comic ids from {@code firstComicId}. */
    public WorldState addComics(long mid, long firstComicId, int count) {
        Account a = account(mid);
        for (int i = 0; i < count; i++) {
            long id = firstComicId + i;
            a.comics.add(new Records.Comic(30_000_000L + id, id, "漫画 " + id, 1, BigDecimal.valueOf(12), 1_643_204_373L,
                    "12", 0, true));
        }
        return this;
    }

    /** How many paid courses, coupons and bought comics {@code mid} holds. */
    public World.Holdings holdings(long mid) {
        Account a = account(mid);
        return new World.Holdings(a.courses.size(), a.coupons.size(), a.comics.size());
    }
}
