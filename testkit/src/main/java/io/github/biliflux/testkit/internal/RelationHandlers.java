package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.biliflux.testkit.CapMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** R1-R11: relation lists, modify, batch modify and relation queries. */
final class RelationHandlers {

    /** Live service: others' lists end (empty page, code 0) after this many entries. */
    static final int LIVE_OTHERS_CAP = 100;
    /** Both: one's own followers end after this many entries. */
    static final int OWN_FOLLOWERS_CAP = 1000;
    /** Spec: others' lists end after this many pages with 22007. */
    static final int SPEC_OTHERS_PAGES = 5;

    private RelationHandlers() {
    }

    /** R1 followers of vmid, newest first; caps per {@link CapMode}. */
    static Reply followers(Call c) {
        WorldState w = c.world();
        long vmid = c.req().requiredLong("vmid");
        Views.Page p = Views.page(c.req(), 50, 50);
        EdgeList list = w.graph().followers(vmid);
        int limit = Math.min(list.size(), c.mid() == vmid ? OWN_FOLLOWERS_CAP : cap(w, p));
        JsonBytes items = list(p);
        for (int i = p.from(); i < Math.min(p.from() + p.ps(), limit); i++) {
            long f = list.newest(i);
            Views.entry(next(items), w, f, w.attribute(vmid, f), list.newestTime(i), List.of());
        }
        return Reply.ok(listData(items, vmid, list.size(), true));
    }

    /** R2 followings of vmid; 22115 if hidden from others; order_type=attention reorders. */
    static Reply followings(Call c) {
        WorldState w = c.world();
        long vmid = c.req().requiredLong("vmid");
        Views.Page p = Views.page(c.req(), 50, 50);
        checkPrivacy(c, vmid);
        EdgeList list = w.graph().followings(vmid);
        int limit = c.mid() == vmid ? list.size() : Math.min(list.size(), cap(w, p));
        List<Integer> order = "attention".equals(c.req().param("order_type")) ? attentionOrder(vmid, list) : null;
        JsonBytes items = list(p);
        for (int i = p.from(); i < Math.min(p.from() + p.ps(), limit); i++) {
            int k = order == null ? i : order.get(i);
            long f = list.newest(k);
            Views.entry(next(items), w, f, w.attribute(vmid, f), list.newestTime(k), w.tagsOf(vmid, f));
        }
        return Reply.ok(listData(items, vmid, list.size(), true));
    }

    /** R3 followings of vmid whose name contains {@code name} (case-insensitive); no re_version. */
    static Reply search(Call c) {
        WorldState w = c.world();
        long vmid = c.req().requiredLong("vmid");
        String name = c.req().param("name");
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest();
        }
        Views.Page p = Views.page(c.req(), 50, 50);
        checkPrivacy(c, vmid);
        String needle = name.toLowerCase(Locale.ROOT);
        EdgeList list = w.graph().followings(vmid);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (w.profile(list.newest(i)).uname().toLowerCase(Locale.ROOT).contains(needle)) {
                hits.add(i);
            }
        }
        JsonBytes items = list(p);
        for (int j = p.from(); j < Math.min(p.from() + p.ps(), hits.size()); j++) {
            int i = hits.get(j);
            long f = list.newest(i);
            Views.entry(next(items), w, f, w.attribute(vmid, f), list.newestTime(i), w.tagsOf(vmid, f));
        }
        return Reply.ok(items.ascii("],\"total\":").number(hits.size()).ascii("}").node());
    }

    /** R4 users both the caller and vmid follow, in vmid's order, seen from the caller. */
    static Reply same(Call c) {
        WorldState w = c.world();
        long vmid = c.req().requiredLong("vmid");
        Views.Page p = Views.page(c.req(), 50, 50);
        checkPrivacy(c, vmid);
        EdgeList theirs = w.graph().followings(vmid);
        List<Long> common = new ArrayList<>();
        for (int i = 0; i < theirs.size(); i++) {
            if (w.follows(c.mid(), theirs.newest(i))) {
                common.add(theirs.newest(i));
            }
        }
        JsonBytes items = list(p);
        for (int j = p.from(); j < Math.min(p.from() + p.ps(), common.size()); j++) {
            long f = common.get(j);
            Views.entry(next(items), w, f, w.attribute(c.mid(), f), w.relationTime(c.mid(), f),
                    w.tagsOf(c.mid(), f));
        }
        return Reply.ok(listData(items, vmid, common.size(), true));
    }

    /** R5 the caller's whispers (attribute 1); the example has no total. */
    static Reply whispers(Call c) {
        return ownList(c, c.world().account(c.mid()).whispers, 1, false);
    }

    /** R6 the caller's blacklist (attribute 128); ps at most 50. */
    static Reply blacks(Call c) {
        return ownList(c, c.world().account(c.mid()).blacks, 128, true);
    }

    private static Reply ownList(Call c, EdgeList list, int attribute, boolean total) {
        Views.Page p = Views.page(c.req(), 50, 50);
        JsonBytes items = list(p);
        for (int i = p.from(); i < Math.min(p.from() + p.ps(), list.size()); i++) {
            Views.entry(next(items), c.world(), list.newest(i), attribute, list.newestTime(i), List.of());
        }
        return Reply.ok(listData(items, c.mid() + attribute, list.size(), total));
    }

    /** R7 follow, unfollow, whisper, un-whisper, block, unblock, remove fan. */
    static Reply modify(Call c) {
        WorldState w = c.world();
        long fid = c.req().requiredLong("fid");
        int act = c.req().intParam("act", 0);
        if (fid <= 0 || act < 1 || act > 7) {
            throw ApiError.badRequest();
        }
        if (fid == c.mid()) {
            throw new ApiError(22001, "不能对自己进行此操作");
        }
        long me = c.mid();
        boolean changed = switch (act) {
            case 1 -> {
                checkNotBlocked(w, me, fid);
                yield w.follow(me, fid);
            }
            case 2 -> w.unfollow(me, fid);
            case 3 -> {
                if (w.capMode() == CapMode.LIVE) {
                    throw ApiError.badRequest();
                }
                checkNotBlocked(w, me, fid);
                yield w.whisper(me, fid);
            }
            case 4 -> w.unwhisper(me, fid);
            case 5 -> w.block(me, fid);
            case 6 -> w.unblock(me, fid);
            default -> w.removeFan(me, fid);
        };
        return Reply.ok(null, changed);
    }

    /** R8 batch follow (act 1) or block (act 5) of at most 50 fids ({@code fids}, or {@code fid}). */
    static Reply batchModify(Call c) {
        WorldState w = c.world();
        List<Long> fids = c.req().longList("fids", "fid");
        int act = c.req().intParam("act", 0);
        if (fids.isEmpty() || fids.size() > 50 || (act != 1 && act != 5)) {
            throw ApiError.badRequest();
        }
        ArrayNode failed = Json.arr();
        boolean changed = false;
        for (long fid : fids) {
            if (fid <= 0 || fid == c.mid() || (act == 1 && (w.blocked(c.mid(), fid) || w.blocked(fid, c.mid())))) {
                failed.add(fid);
            } else {
                changed |= act == 1 ? w.follow(c.mid(), fid) : w.block(c.mid(), fid);
            }
        }
        ObjectNode data = Json.obj();
        data.set("failed_fids", failed);
        return Reply.ok(data, changed);
    }

    /** R9 the caller's relation to fid. */
    static Reply relation(Call c) {
        long fid = c.req().requiredLong("fid");
        return Reply.ok(Views.relation(c.world(), c.mid(), fid));
    }

    /** R10 both directions: {@code relation} (caller to mid) and {@code be_relation} (mid to caller). */
    static Reply mutual(Call c) {
        WorldState w = c.world();
        long mid = c.req().requiredLong("mid");
        ObjectNode data = Json.obj();
        data.set("relation", Views.relation(w, c.mid(), mid).put("is_followed", w.follows(mid, c.mid())));
        data.set("be_relation", Views.relation(w, mid, c.mid()).put("mid", c.mid())
                .put("is_followed", w.follows(c.mid(), mid)));
        return Reply.ok(data);
    }

    /** R11 relations to several fids ({@code fids}, or {@code fid}), keyed by the mid as a string. */
    static Reply relations(Call c) {
        List<Long> fids = c.req().longList("fids", "fid");
        if (fids.isEmpty() || fids.size() > 50) {
            throw ApiError.badRequest();
        }
        ObjectNode data = Json.obj();
        for (long fid : fids) {
            data.set(Long.toString(fid), Views.relation(c.world(), c.mid(), fid));
        }
        return Reply.ok(data);
    }

    private static int cap(WorldState w, Views.Page p) {
        if (w.capMode() == CapMode.SPEC) {
            if (p.pn() > SPEC_OTHERS_PAGES) {
                throw new ApiError(22007, "访问超过5页");
            }
            return Integer.MAX_VALUE;
        }
        return LIVE_OTHERS_CAP;
    }

    private static void checkPrivacy(Call c, long vmid) {
        Account a = c.world().existing(vmid);
        if (c.mid() != vmid && a != null && a.hideFollowings) {
            throw new ApiError(22115, "用户已设置隐私，无法查看");
        }
    }

    private static void checkNotBlocked(WorldState w, long me, long fid) {
        if (w.blocked(me, fid)) {
            throw new ApiError(22003, "关注失败，请将该用户从黑名单中移除后再试");
        }
        if (w.blocked(fid, me)) {
            throw new ApiError(22003, "用户位于黑名单");
        }
    }

    private static List<Integer> attentionOrder(long owner, EdgeList list) {
        List<Integer> idx = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparingLong(i -> Views.visitRank(owner, list.newest(i))));
        return idx;
    }

    /** A list payload up to its first entry: {@code {"list":[}. */
    private static JsonBytes list(Views.Page p) {
        return new JsonBytes(64 + Math.min(p.ps(), 50) * 400).ascii("{\"list\":[");
    }

    /** {@code items}, with the comma before an entry that is not the first. */
    private static JsonBytes next(JsonBytes items) {
        return items.last() == '[' ? items : items.ascii(",");
    }

    /** The payload of R1, R2, R4-R6: the list, re_version, and total where the list has one. */
    private static JsonNode listData(JsonBytes items, long versionSeed, int total, boolean withTotal) {
        items.ascii("],\"re_version\":").number(Long.remainderUnsigned(Profile.mix(versionSeed), 4_000_000_000L));
        if (withTotal) {
            items.ascii(",\"total\":").number(total);
        }
        return items.ascii("}").node();
    }
}
