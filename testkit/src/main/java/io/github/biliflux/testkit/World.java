package io.github.biliflux.testkit;

import io.github.biliflux.testkit.internal.PassportState;
import io.github.biliflux.testkit.internal.Signatures;
import io.github.biliflux.testkit.internal.WorldState;
import io.github.biliflux.testkit.internal.Worlds;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The mutable in-memory Bilibili an emulator serves: accounts with sessions, the follow graph, tags,
 * blacklists, whispers, wallets, coupons, comics, courses and coin logs. Thread-safe: every method
 * takes the world's single lock, which the emulator's handlers take too, so a test may read and
 * change the world while clients run.
 */
public final class World {

    /** The logged-in user of {@link #demo()} and {@link #generated(long, int, int)}. */
    public static final long DEMO_MID = Worlds.DEMO_MID;
    /** A demo user with 250 followers and 180 followings: capped for others (22007 / empty pages). */
    public static final long CAPPED_MID = Worlds.CAPPED_MID;
    /** A demo user hiding its followings (22115 for others). */
    public static final long PRIVATE_MID = Worlds.PRIVATE_MID;
    /** A demo user who blocked {@link #DEMO_MID} (22003 when the demo user follows them). */
    public static final long BLOCKER_MID = Worlds.BLOCKER_MID;
    /** A demo user in mutual, special follow with {@link #DEMO_MID} (tags -10 and 194110). */
    public static final long FRIEND_MID = Worlds.FRIEND_MID;
    /** Demo custom tags of {@link #DEMO_MID} (R12). */
    public static final long TAG_OLD_FRIENDS = Worlds.TAG_OLD_FRIENDS;
    /** Demo tag "我的同学". */
    public static final long TAG_CLASSMATES = Worlds.TAG_CLASSMATES;
    /** Demo tag "UP主". */
    public static final long TAG_UPS = Worlds.TAG_UPS;
    /** Demo tag "游戏". */
    public static final long TAG_GAMES = Worlds.TAG_GAMES;
    /** Special-follow tag id. */
    public static final long TAG_SPECIAL = WorldState.SPECIAL;
    /** Default group id. */
    public static final long TAG_DEFAULT = WorldState.DEFAULT;
    /** The first mid of a generated world's followers (they are GENERATED_BASE .. + followers - 1). */
    public static final long GENERATED_BASE = Worlds.GENERATED_BASE;

    /** Login material of one account: SESSDATA, bili_jct (csrf) and the APP access_key. */
    public record Session(long mid, String sessdata, String biliJct, String accessKey) {

        /**
         * {@code SESSDATA=...; bili_jct=...; DedeUserID=...}.
         * @return {@code SESSDATA=...; bili_jct=...; DedeUserID=...}
         */
        public String cookieHeader() {
            return "SESSDATA=" + sessdata + "; bili_jct=" + biliJct + "; DedeUserID=" + mid;
        }

        /** Never prints the secrets. */
        @Override
        public String toString() {
            return "Session[mid=" + mid + ", sessdata=***, biliJct=***, accessKey=***]";
        }
    }

    /** The WBI keys the nav endpoint serves. */
    public record WbiKeys(String imgKey, String subKey) {

        /**
         * The mixin key (PROTOCOL.md).
         * @return the mixin key (PROTOCOL.md)
         */
        public String mixinKey() {
            return Signatures.mixinKey(imgKey, subKey);
        }
    }

    /**
     * What a user holds in the lists without a cursor.
     *
     * @param paidCourses  C1's paid courses
     * @param coupons      M1's reading coupons, expired or not
     * @param boughtComics M2's bought comics
     */
    public record Holdings(int paidCourses, int coupons, int boughtComics) {
    }

    private final WorldState state;

    private World(WorldState state) {
        this.state = state;
    }

    WorldState state() {
        return state;
    }

    /**
     * The demo world, with the system clock as "now" (coin log and coupon expiries are relative to the
     * moment it is built). See {@link #demo(Clock)}.
     * @return the demo world, with the system clock as "now" (coin log and coupon expiries are relative to the moment it is built)
     */
    public static World demo() {
        return demo(Clock.systemUTC());
    }

    /**
     * The demo world: {@link #DEMO_MID} with 320 followers and 260 followings (80 mutual), custom tags
     * 194110/194111/207542/231305, special follows, 3 whispers, 5 blacks, 100 B-coins, 50 coupons (45
     * valid), 37 bought comics, 4 paid courses and a coin log (13 lines in the last week, one of 0.1);
     * {@link #CAPPED_MID}, {@link #PRIVATE_MID}, {@link #BLOCKER_MID}, {@link #FRIEND_MID}.
     * @param clock the clock to read the time from
     * @return the demo world: {@link #DEMO_MID} with 320 followers and 260 followings (80 mutual), custom tags 194110/194111/207542/231305, special follows, 3 whispers, 5 blacks, 100 B-coins, 50 coupons (45 valid), 37 bought comics, 4 paid courses and a coin log (13 lines in the last week, one of 0.1); {@link #CAPPED_MID}, {@link #PRIVATE_MID}, {@link #BLOCKER_MID}, {@link #FRIEND_MID}
     */
    public static World demo(Clock clock) {
        return new World(Worlds.demo(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * A world whose {@link #DEMO_MID} has generated followers and followings (system clock).
     * @param seed the random seed
     * @param followers how many followers
     * @param followings how many followings
     * @return a world whose {@link #DEMO_MID} has generated followers and followings (system clock)
     */
    public static World generated(long seed, int followers, int followings) {
        return generated(seed, followers, followings, Clock.systemUTC());
    }

    /**
     * A world whose {@link #DEMO_MID} has {@code followers} generated followers (no followings).
     * @param seed the random seed
     * @param followers how many followers
     * @return a world whose {@link #DEMO_MID} has {@code followers} generated followers (no followings)
     */
    public static World generated(long seed, int followers) {
        return generated(seed, followers, 0);
    }

    /**
     * A generated world: {@link #DEMO_MID} followed by {@code followers} users (mids from
     * {@link #GENERATED_BASE}, order derived from {@code seed}) and following {@code followings} users
     * (mids GENERATED_BASE + 2j, so half of the first followers are mutual). Only the hub's lists are
     * stored, in primitive arrays (about 28 bytes per follower); the generated users' own lists are
     * built the first time they are used. Up to millions of entries.
     * @param seed the random seed
     * @param followers how many followers
     * @param followings how many followings
     * @param clock the clock to read the time from
     * @return a generated world: {@link #DEMO_MID} followed by {@code followers} users (mids from {@link #GENERATED_BASE}, order derived from {@code seed}) and following {@code followings} users (mids GENERATED_BASE + 2j, so half of the first followers are mutual)
     */
    public static World generated(long seed, int followers, int followings, Clock clock) {
        return new World(Worlds.generated(seed, followers, followings, Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Current cap mode (default {@link CapMode#LIVE}).
     * @return current cap mode (default {@link CapMode#LIVE})
     */
    public CapMode capMode() {
        return state.capMode();
    }

    /**
     * Switches between the spec's and the live service's behaviour; takes effect at once.
     * @param mode the mode
     * @return this, for chaining
     */
    public World capMode(CapMode mode) {
        state.capMode(Objects.requireNonNull(mode, "mode"));
        return this;
    }

    /**
     * Replaces the clock used for "now" (follow times, coin log window, coupon expiry).
     * @param clock the clock to read the time from
     * @return this, for chaining
     */
    public World clock(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        locked(w -> w.clock(clock));
        return this;
    }

    /**
     * Replaces the sensitive words of A9 (40015).
     * @param words the words
     * @return this, for chaining
     */
    public World sensitiveWords(String... words) {
        List<String> copy = List.of(words);
        locked(w -> w.sensitiveWords(copy));
        return this;
    }

    /**
     * The login material of {@code mid}; creates the account on first use.
     * @param mid the user's mid
     * @return the login material of {@code mid}; creates the account on first use
     */
    public Session session(long mid) {
        requireMid(mid);
        return locked(w -> new Session(mid, w.sessdata(mid), w.biliJct(mid), w.accessKey(mid)));
    }

    /**
     * {@code SESSDATA=...; bili_jct=...; DedeUserID=...} of {@code mid}.
     * @param mid the user's mid
     * @return {@code SESSDATA=...; bili_jct=...; DedeUserID=...} of {@code mid}
     */
    public String cookieHeader(long mid) {
        return session(mid).cookieHeader();
    }

    /**
     * Invalidates the tokens of {@code mid} (old ones answer -101); {@link #session} gives new ones.
     * @param mid the user's mid
     */
    public void logout(long mid) {
        locked(w -> {
            w.logout(mid);
            return mid;
        });
    }

    /**
     * Creates (or renames) an account with a session and a B-coin balance.
     * @param mid the user's mid
     * @param uname the user name
     * @param balance the balance
     * @return the session of the account
     */
    public Session addUser(long mid, String uname, BigDecimal balance) {
        requireMid(mid);
        Objects.requireNonNull(uname, "uname");
        Objects.requireNonNull(balance, "balance");
        locked(w -> w.addUser(mid, uname, balance));
        return session(mid);
    }

    /**
     * Creates (or renames) an account with a session and no B-coins.
     * @param mid the user's mid
     * @param uname the user name
     * @return the session of the account
     */
    public Session addUser(long mid, String uname) {
        return addUser(mid, uname, BigDecimal.ZERO);
    }

    /**
     * Followers of {@code mid}, newest first (as R1 lists them, without caps).
     * @param mid the user's mid
     * @return followers of {@code mid}, newest first (as R1 lists them, without caps)
     */
    public List<Long> followers(long mid) {
        return locked(w -> w.relationList(mid, true));
    }

    /**
     * Followings of {@code mid}, newest first (as R2 lists them, without caps).
     * @param mid the user's mid
     * @return followings of {@code mid}, newest first (as R2 lists them, without caps)
     */
    public List<Long> followings(long mid) {
        return locked(w -> w.relationList(mid, false));
    }

    /**
     * The whispers (quiet follows) of {@code mid}, newest first.
     * @param mid the user's mid
     * @return the whispers (quiet follows) of {@code mid}, newest first
     */
    public List<Long> whispers(long mid) {
        return locked(w -> w.whisperList(mid));
    }

    /**
     * The blacklist of {@code mid}, newest first.
     * @param mid the user's mid
     * @return the blacklist of {@code mid}, newest first
     */
    public List<Long> blacks(long mid) {
        return locked(w -> w.blackList(mid));
    }

    /**
     * Whether {@code a} follows {@code b}.
     * @param a the a
     * @param b the b
     * @return whether {@code a} follows {@code b}
     */
    public boolean follows(long a, long b) {
        return locked(w -> w.follows(a, b));
    }

    /**
     * {@code owner}'s attribute towards {@code other}: 0, 1, 2, 6 or 128.
     * @param owner the owner
     * @param other the other
     * @return {@code owner}'s attribute towards {@code other}: 0, 1, 2, 6 or 128
     */
    public int attribute(long owner, long other) {
        return locked(w -> w.attribute(owner, other));
    }

    /**
     * {@code follower} starts following {@code mid}: it appears first in R1.
     * @param mid the user's mid
     * @param follower the follower
     */
    public void addFollower(long mid, long follower) {
        requireMid(mid);
        requireMid(follower);
        locked(w -> w.follow(follower, mid));
    }

    /**
     * {@code follower} stops following {@code mid}.
     * @param mid the user's mid
     * @param follower the follower
     */
    public void removeFollower(long mid, long follower) {
        locked(w -> w.unfollow(follower, mid));
    }

    /**
     * {@code mid} follows {@code target} (newest following).
     * @param mid the user's mid
     * @param target the target
     */
    public void follow(long mid, long target) {
        addFollower(target, mid);
    }

    /**
     * The custom tags of {@code mid}: id -> name, in creation order (not -10 and 0).
     * @param mid the user's mid
     * @return the custom tags of {@code mid}: id -> name, in creation order (not -10 and 0)
     */
    public Map<Long, String> tags(long mid) {
        return locked(w -> w.tags(mid));
    }

    /**
     * The tag ids (including -10) {@code mid} put {@code fid} in; empty = default group.
     * @param mid the user's mid
     * @param fid the other user's mid
     * @return the tag ids (including -10) {@code mid} put {@code fid} in; empty = default group
     */
    public List<Long> tagsOf(long mid, long fid) {
        return locked(w -> List.copyOf(w.tagsOf(mid, fid)));
    }

    /**
     * The B-coin balance of {@code mid}.
     * @param mid the user's mid
     * @return the B-coin balance of {@code mid}
     */
    public BigDecimal balance(long mid) {
        return locked(w -> w.balance(mid));
    }

    /**
     * Sets the B-coin balance of {@code mid}.
     * @param mid the user's mid
     * @param balance the balance
     */
    public void setBalance(long mid, BigDecimal balance) {
        Objects.requireNonNull(balance, "balance");
        locked(w -> w.balance(mid, balance));
    }

    /**
     * The sign (A1, A9) of {@code mid}.
     * @param mid the user's mid
     * @return the sign (A1, A9) of {@code mid}
     */
    public String sign(long mid) {
        return locked(w -> w.sign(mid));
    }

    /**
     * Whether {@code mid} hides its followings from others (R2 22115).
     * @param mid the user's mid
     * @param hidden the hidden
     */
    public void hideFollowings(long mid, boolean hidden) {
        locked(w -> w.hideFollowings(mid, hidden));
    }

    /**
     * Today's exp from coins (A3) of {@code mid}.
     * @param mid the user's mid
     * @param exp the exp
     */
    public void setCoinExpToday(long mid, int exp) {
        locked(w -> w.coinExpToday(mid, exp));
    }

    /**
     * C1: {@code mid} buys {@code count} generated courses (season ids from {@code firstSeasonId}); they
     * are listed first, as the newest purchases.
     * @param mid the user's mid
     * @param firstSeasonId the first season id
     * @param count the count
     */
    public void addPaidCourses(long mid, long firstSeasonId, int count) {
        locked(w -> w.addCourses(mid, firstSeasonId, count));
    }

    /**
     * M1: {@code mid} receives {@code count} generated reading coupons (ids from {@code firstId}) expiring at {@code expireAt}.
     * @param mid the user's mid
     * @param firstId the first id
     * @param count the count
     * @param expireAt the expire at
     */
    public void addCoupons(long mid, long firstId, int count, java.time.Instant expireAt) {
        long expiry = expireAt.getEpochSecond();
        locked(w -> w.addCoupons(mid, firstId, count, expiry));
    }

    /**
     * M2: {@code mid} buys {@code count} generated comics (comic ids from {@code firstComicId}).
     * @param mid the user's mid
     * @param firstComicId the first comic id
     * @param count the count
     */
    public void addBoughtComics(long mid, long firstComicId, int count) {
        locked(w -> w.addComics(mid, firstComicId, count));
    }

    /**
     * How many paid courses {@code mid} holds (C1's total).
     * @param mid the user's mid
     * @return how many paid courses {@code mid} holds (C1's total)
     */
    public int paidCourseCount(long mid) {
        return holdings(mid).paidCourses();
    }

    /**
     * How many reading coupons {@code mid} holds, expired or not.
     * @param mid the user's mid
     * @return how many reading coupons {@code mid} holds, expired or not
     */
    public int couponCount(long mid) {
        return holdings(mid).coupons();
    }

    /**
     * How many comics {@code mid} bought.
     * @param mid the user's mid
     * @return how many comics {@code mid} bought
     */
    public int boughtComicCount(long mid) {
        return holdings(mid).boughtComics();
    }

    /**
     * What {@code mid} holds in the lists C1, M1 and M2 serve.
     *
     * @param mid the user
     * @return the counts of paid courses, coupons (expired or not) and bought comics
     */
    public Holdings holdings(long mid) {
        return locked(w -> w.holdings(mid));
    }

    /**
     * The order numbers of W1 charges paid by {@code mid}, with whether a message was left.
     * @param mid the user's mid
     * @return the order numbers of W1 charges paid by {@code mid}, with whether a message was left
     */
    public Map<String, Boolean> orders(long mid) {
        return locked(w -> w.orders(mid));
    }

    /**
     * The WBI keys served by the nav endpoint.
     * @return the WBI keys served by the nav endpoint
     */
    public WbiKeys wbiKeys() {
        return locked(w -> new WbiKeys(w.imgKey(), w.subKey()));
    }

    /**
     * Replaces the WBI keys (deterministically): signatures made with the old ones answer -403.
     * @return the new keys
     */
    public WbiKeys rotateWbiKeys() {
        return locked(w -> {
            w.rotateWbiKeys();
            return new WbiKeys(w.imgKey(), w.subKey());
        });
    }

    /** Every read and change of the world goes through here: the one lock the emulator's handlers take too. */
    private <T> T locked(Function<WorldState, T> op) {
        return state.locked(op);
    }

    // ---- sessions (PROTOCOL.md "Sessions") ------------------------------------------------------------

    /**
     * The QR codes (web {@code qrcode_key}s and TV {@code auth_code}s) handed out and not yet used or
     * expired, oldest first: a test scans and confirms them as a phone would.
     *
     * @return the keys
     */
    public List<String> pendingQrCodes() {
        return state.locked(w -> w.passport.pending(w.now()));
    }

    /**
     * The phone scanned QR code {@code key}: polls answer "scanned, not confirmed" (86090).
     *
     * @param key a key of {@link #pendingQrCodes()}
     */
    public void scanQr(String key) {
        state.locked(w -> {
            w.passport.drive(key, PassportState.QrState.SCANNED, 0, w.now());
            return null;
        });
    }

    /**
     * {@code mid} confirmed the login of QR code {@code key}: the next poll logs them in.
     *
     * @param key a key of {@link #pendingQrCodes()}
     * @param mid the user who logs in
     */
    public void confirmQr(String key, long mid) {
        requireMid(mid);
        state.locked(w -> {
            w.account(mid);
            w.passport.drive(key, PassportState.QrState.CONFIRMED, mid, w.now());
            return null;
        });
    }

    /**
     * QR code {@code key} expires now (as it does by itself 180 s after it was made).
     *
     * @param key a key of {@link #pendingQrCodes()}
     */
    public void expireQr(String key) {
        state.locked(w -> {
            w.passport.drive(key, PassportState.QrState.EXPIRED, 0, w.now());
            return null;
        });
    }

    /**
     * The refresh token that goes with {@code mid}'s current cookies (created on first use).
     *
     * @param mid the user
     * @return the refresh token
     */
    public String refreshToken(long mid) {
        requireMid(mid);
        return state.locked(w -> w.passport.refreshToken(w.seed(), mid));
    }

    /**
     * Whether cookie/info tells {@code mid} that the cookies need a refresh (until the next refresh).
     *
     * @param mid the user
     * @param needed whether it should say so
     */
    public void requireCookieRefresh(long mid, boolean needed) {
        state.locked(w -> {
            w.passport.requireRefresh(mid, needed);
            return null;
        });
    }

    /**
     * Whether a cookie refresh of {@code mid} awaits its confirmation (the old cookies still work).
     *
     * @param mid the user
     * @return whether one does
     */
    public boolean refreshUnconfirmed(long mid) {
        return state.locked(w -> w.passport.unconfirmed(mid));
    }

    /**
     * The public key whose private half decrypts the correspond paths, as base64 X.509 (give it to the
     * client as its correspond key; the production key is different).
     *
     * @return the key
     */
    public String passportPublicKey() {
        return state.locked(w -> w.passport.publicKeyBase64());
    }

    /**
     * Replaces the key pair of the correspond page.
     *
     * @param pair an RSA key pair
     * @return this world
     */
    public World passportKeyPair(java.security.KeyPair pair) {
        Objects.requireNonNull(pair, "pair");
        state.locked(w -> {
            w.passport.keyPair(pair);
            return null;
        });
        return this;
    }

    /**
     * Whether GenWebTicket handed out {@code ticket}.
     *
     * @param ticket a bili_ticket value
     * @return whether it did
     */
    public boolean ticketIssued(String ticket) {
        return state.locked(w -> w.passport.ticketIssued(ticket));
    }

    private static void requireMid(long mid) {
        if (mid <= 0) {
            throw new IllegalArgumentException("mid must be > 0: " + mid);
        }
    }
}
