package io.github.biliflux.testkit.internal;

import io.github.biliflux.testkit.internal.Records.CoinLogEntry;
import io.github.biliflux.testkit.internal.Records.Comic;
import io.github.biliflux.testkit.internal.Records.Coupon;
import io.github.biliflux.testkit.internal.Records.Course;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A materialized user: profile, login tokens, wallet, tags and holdings. Mutable; guarded by the
 * world's lock. Users without an account still exist (derived {@link Profile}) and can be followed.
 */
public final class Account {

    final long mid;
    String uname;
    String userid;
    String sign = "";
    String birthday = "2000-01-01";
    String sex = "保密";
    String rank = "正式会员";
    boolean nickFree;
    String face;
    int officialType = -1;
    String officialDesc = "";
    int vipType;
    long vipDueDate;
    int vipStatus;
    int vipPayType;
    BigDecimal balance = BigDecimal.ZERO;
    boolean hideFollowings;
    int tokenGeneration;
    int coinExpToday;
    boolean realnameVerified = true;
    /** Custom tags: id -> name, in creation order. */
    final LinkedHashMap<Long, String> tags = new LinkedHashMap<>();
    /** Followed mid -> the tag ids it is in (including -10 special), in the order they were added. */
    final Map<Long, LinkedHashSet<Long>> tagsOf = new HashMap<>();
    final EdgeList whispers = new EdgeList();
    final EdgeList blacks = new EdgeList();
    final List<CoinLogEntry> coinLog = new ArrayList<>();
    final List<Coupon> coupons = new ArrayList<>();
    final List<Comic> comics = new ArrayList<>();
    final List<Course> courses = new ArrayList<>();

    Account(long mid, long seed) {
        this.mid = mid;
        Profile p = Profile.derived(seed, mid);
        this.uname = p.uname();
        this.face = p.face();
        this.sign = p.sign();
        this.officialType = p.officialType();
        this.officialDesc = p.officialDesc();
        this.vipType = p.vipType();
        this.vipDueDate = p.vipDueDate();
        this.vipStatus = p.vipStatus();
        this.userid = "bili_" + (mid * 7 + 11);
    }

    Profile profile() {
        return new Profile(mid, uname, face, sign, officialType, officialDesc, vipType, vipDueDate, vipStatus);
    }

    /** Login tokens of this account's current generation (deterministic from mid, seed, generation). */
    String sessdata(long seed) {
        return Signatures.md5Hex("SESSDATA:" + seed + ":" + mid + ":" + tokenGeneration);
    }

    String biliJct(long seed) {
        return Signatures.md5Hex("bili_jct:" + seed + ":" + mid + ":" + tokenGeneration);
    }

    String accessKey(long seed) {
        return Signatures.md5Hex("access_key:" + seed + ":" + mid + ":" + tokenGeneration);
    }
}
