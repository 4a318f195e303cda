package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** R12-R21: follow groups. -10 is the special group and 0 the default group (no tag at all). */
final class TagHandlers {

    static final String SPECIAL_NAME = "特别关注";
    static final String DEFAULT_NAME = "默认分组";
    static final int MAX_NAME = 16;

    private TagHandlers() {
    }

    /** R12 special, default, then custom groups, with member counts over the caller's followings. */
    static Reply tags(Call c) {
        WorldState w = c.world();
        Account me = w.account(c.mid());
        Map<Long, Integer> counts = new LinkedHashMap<>();
        counts.put(WorldState.SPECIAL, 0);
        counts.put(WorldState.DEFAULT, 0);
        me.tags.keySet().forEach(id -> counts.put(id, 0));
        EdgeList list = w.graph().followings(c.mid());
        for (int i = 0; i < list.size(); i++) {
            List<Long> tags = w.tagsOf(c.mid(), list.newest(i));
            if (tags.isEmpty()) {
                counts.merge(WorldState.DEFAULT, 1, Integer::sum);
            }
            tags.forEach(t -> counts.computeIfPresent(t, (k, n) -> n + 1));
        }
        ArrayNode data = Json.arr();
        counts.forEach((id, n) -> data.addObject().put("tagid", id).put("name", name(me, id)).put("count", n));
        return Reply.ok(data);
    }

    /** R13 members of a group, newest follow first; ps defaults to 20; 22104 for an unknown group. */
    static Reply members(Call c) {
        WorldState w = c.world();
        long tagId = c.req().requiredLong("tagid");
        Views.Page p = Views.page(c.req(), 20, 50);
        checkTag(w.account(c.mid()), tagId, "该分组不存在");
        List<Long> members = members(w, c.mid(), tagId);
        if ("attention".equals(c.req().param("order_type"))) {
            members.sort(Comparator.comparingLong(m -> Views.visitRank(c.mid(), m)));
        }
        JsonBytes data = new JsonBytes(2 + Math.min(p.ps(), 50) * 400).ascii("[");
        for (int i = p.from(); i < Math.min(p.from() + p.ps(), members.size()); i++) {
            Views.member(i == p.from() ? data : data.ascii(","), w, members.get(i));
        }
        return Reply.ok(data.ascii("]").node());
    }

    /** R14 the groups fid is in, keyed by the tag id as a string; {} in the default group. */
    static Reply tagsOfUser(Call c) {
        long fid = c.req().requiredLong("fid");
        Account me = c.world().account(c.mid());
        ObjectNode data = Json.obj();
        for (long t : c.world().tagsOf(c.mid(), fid)) {
            data.put(Long.toString(t), name(me, t));
        }
        return Reply.ok(data);
    }

    /** R15 mids of the special group. */
    static Reply special(Call c) {
        return Reply.ok(Json.longs(members(c.world(), c.mid(), WorldState.SPECIAL)));
    }

    /** R16 creates a group: 22103 longer than 16 characters, 22106 the name exists. */
    static Reply create(Call c) {
        Account me = c.world().account(c.mid());
        String name = checkName(me, c.req().param("tag"), null);
        ObjectNode data = Json.obj().put("tagid", c.world().createTag(c.mid(), name));
        return Reply.changed(data);
    }

    /** R17 renames a custom group: 22104 unknown, 22103 too long, 22106 taken. */
    static Reply update(Call c) {
        Account me = c.world().account(c.mid());
        long tagId = c.req().requiredLong("tagid");
        if (!me.tags.containsKey(tagId)) {
            throw new ApiError(22104, "该分组不存在");
        }
        String name = checkName(me, c.req().param("name"), tagId);
        return Reply.ok(null, !name.equals(me.tags.put(tagId, name)));
    }

    /** R18 deletes a custom group; its members stay followed (default group if nothing else). */
    static Reply delete(Call c) {
        long tagId = c.req().requiredLong("tagid");
        if (!c.world().account(c.mid()).tags.containsKey(tagId)) {
            throw new ApiError(22104, "该分组不存在");
        }
        return Reply.ok(null, c.world().deleteTag(c.mid(), tagId));
    }

    /** R19 adds followed users to groups; tagids=0 moves them to the default group. */
    static Reply addUsers(Call c) {
        List<Long> fids = fids(c);
        List<Long> tagIds = tagIds(c, "tagids");
        boolean changed = false;
        for (long fid : fids) {
            if (tagIds.contains(WorldState.DEFAULT)) {
                changed |= c.world().clearTags(c.mid(), fid);
            }
            for (long t : tagIds) {
                changed |= t != WorldState.DEFAULT && c.world().tag(c.mid(), fid, t);
            }
        }
        return Reply.ok(null, changed);
    }

    /** R20 copies followed users into groups (their other groups stay). */
    static Reply copyUsers(Call c) {
        List<Long> fids = fids(c);
        List<Long> tagIds = tagIds(c, "tagids");
        boolean changed = false;
        for (long fid : fids) {
            for (long t : tagIds) {
                changed |= t != WorldState.DEFAULT && c.world().tag(c.mid(), fid, t);
            }
        }
        return Reply.ok(null, changed);
    }

    /** R21 moves followed users from the before groups to the after groups. */
    static Reply moveUsers(Call c) {
        List<Long> before = tagIds(c, "beforeTagids");
        List<Long> after = tagIds(c, "afterTagids");
        List<Long> fids = fids(c);
        boolean changed = false;
        for (long fid : fids) {
            for (long t : before) {
                changed |= c.world().untag(c.mid(), fid, t);
            }
            for (long t : after) {
                changed |= t != WorldState.DEFAULT && c.world().tag(c.mid(), fid, t);
            }
        }
        return Reply.ok(null, changed);
    }

    static List<Long> members(WorldState w, long owner, long tagId) {
        EdgeList list = w.graph().followings(owner);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            List<Long> tags = w.tagsOf(owner, list.newest(i));
            if (tagId == WorldState.DEFAULT ? tags.isEmpty() : tags.contains(tagId)) {
                out.add(list.newest(i));
            }
        }
        return out;
    }

    private static String name(Account me, long tagId) {
        if (tagId == WorldState.SPECIAL) {
            return SPECIAL_NAME;
        }
        return tagId == WorldState.DEFAULT ? DEFAULT_NAME : me.tags.getOrDefault(tagId, "");
    }

    private static void checkTag(Account me, long tagId, String message) {
        if (tagId != WorldState.SPECIAL && tagId != WorldState.DEFAULT && !me.tags.containsKey(tagId)) {
            throw new ApiError(22104, message);
        }
    }

    private static String checkName(Account me, String name, Long self) {
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest();
        }
        if (Views.length(name) > MAX_NAME) {
            throw new ApiError(22103, "分组名字过长");
        }
        boolean taken = name.equals(SPECIAL_NAME) || name.equals(DEFAULT_NAME)
                || me.tags.entrySet().stream().anyMatch(e -> e.getValue().equals(name) && !e.getKey().equals(self));
        if (taken) {
            throw new ApiError(22106, "该分组已经存在");
        }
        return name;
    }

    private static List<Long> tagIds(Call c, String param) {
        List<Long> ids = c.req().longList(param);
        if (ids.isEmpty()) {
            throw ApiError.badRequest();
        }
        Account me = c.world().account(c.mid());
        ids.forEach(t -> checkTag(me, t, "无权限"));
        return ids;
    }

    private static List<Long> fids(Call c) {
        List<Long> fids = c.req().longList("fids");
        if (fids.isEmpty()) {
            throw ApiError.badRequest();
        }
        for (long fid : fids) {
            if (!c.world().follows(c.mid(), fid)) {
                throw new ApiError(22105, "未关注");
            }
        }
        return fids;
    }
}
