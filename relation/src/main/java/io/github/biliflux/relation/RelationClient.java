package io.github.biliflux.relation;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.biliflux.core.ApiRequest;
import io.github.biliflux.core.BiliClient;
import io.github.biliflux.core.Check;
import io.github.biliflux.core.Credentials;
import io.github.biliflux.core.DecodingException;
import io.github.biliflux.core.PageResult;
import io.github.biliflux.core.PagedFlux;
import io.github.biliflux.core.Route;
import io.github.biliflux.relation.internal.Wire;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The relation endpoints (spec R1-R21): followers, followings, blacklist, whispers, follow and
 * block, relations, and follow groups (tags). Built once from a {@link BiliClient} with
 * {@link #of(BiliClient)}; immutable and thread-safe. Lists are {@link PagedFlux}es streamed page by
 * page; everything else is a {@link Mono}. Nothing is sent before subscription; bad arguments throw
 * {@link IllegalArgumentException} (or {@link NullPointerException}) at the call, before any request.
 * Mutations (R7, R8, R16-R21) are never re-sent once they may have reached the service: a lost
 * answer surfaces as {@link io.github.biliflux.core.OutcomeUnknownException}.
 */
public final class RelationClient {

    /** The largest page R1-R6 and R13 accept (PROTOCOL.md: ps at most 50); the default page size. */
    public static final int MAX_PAGE_SIZE = 50;
    /** R8 acts on at most this many users at once. */
    public static final int MAX_BATCH = 50;
    /** R16, R17: a tag name is at most this many characters (code points). */
    public static final int MAX_TAG_NAME = 16;
    /** R11 is asked for at most this many mids per request; longer lists are split. */
    static final int RELATIONS_CHUNK = 50;

    private static final TypeReference<List<Wire.User>> USERS = new TypeReference<>() { };
    private static final TypeReference<List<Wire.Tag>> TAGS = new TypeReference<>() { };
    private static final TypeReference<Map<Long, Wire.WireRelation>> RELATION_MAP = new TypeReference<>() { };
    private static final TypeReference<Map<Long, String>> TAG_NAMES = new TypeReference<>() { };
    private static final TypeReference<List<Long>> MIDS = new TypeReference<>() { };

    private final BiliClient bili;

    private RelationClient(BiliClient bili) {
        this.bili = bili;
    }

    /**
     * The relation endpoints of {@code bili}, with its credentials, limits and retry policy.
     * @param bili the client to send requests with
     * @return the relation endpoints of {@code bili}, with its credentials, limits and retry policy
     */
    public static RelationClient of(BiliClient bili) {
        return new RelationClient(Check.notNull("bili", bili));
    }

    // ---- R1-R6, R13: lists (page size: PagedFlux#pageSize, checked against the route) ----

    /**
     * R1: the followers of {@code vmid}, newest first, {@value #MAX_PAGE_SIZE} per page (choose
     * fewer with {@link PagedFlux#pageSize(int)}). One's own list stops after 1000 entries, another
     * user's after 5 pages (22007) or 100 entries (an empty page): the stream then ends cleanly and
     * its last page says {@code truncated}.
     *
     * @param vmid the mid of the user whose list is read
     * @return the followers, streamed lazily page by page
     */
    public PagedFlux<RelationUser> followers(long vmid) {
        Check.id("vmid", vmid);
        return users(RelationRoutes.FOLLOWERS, () -> RelationRoutes.FOLLOWERS.request().query("vmid", vmid));
    }

    /**
     * R1: as {@link #followers(long)}, {@code pageSize} (1..50) per page.
     *
     * @param vmid the mid of the user whose list is read
     * @param pageSize the number of entries per page, 1..50
     * @return the followers, streamed lazily page by page
     * @deprecated use {@code followers(vmid).pageSize(pageSize)}
     */
    @Deprecated
    public PagedFlux<RelationUser> followers(long vmid, int pageSize) {
        return followers(vmid).pageSize(pageSize);
    }

    /**
     * R2: the followings of {@code vmid}, newest follow first; capped for others like R1; 22115 if hidden.
     * @param vmid the mid of the user whose list is read
     * @return the followings of {@code vmid}, newest follow first; capped for others like R1; 22115 if hidden
     */
    public PagedFlux<RelationUser> followings(long vmid) {
        return followings(vmid, FollowingOrder.FOLLOW_TIME);
    }

    /**
     * R2: the followings of {@code vmid} in {@code order}. A hidden list fails with
     * {@link io.github.biliflux.core.PrivacyException} (22115).
     *
     * @param vmid the mid of the user whose list is read
     * @param order the order
     * @return the followings, streamed lazily page by page
     */
    public PagedFlux<RelationUser> followings(long vmid, FollowingOrder order) {
        Check.id("vmid", vmid);
        Check.notNull("order", order);
        return users(RelationRoutes.FOLLOWINGS, () -> ordered(RelationRoutes.FOLLOWINGS.request().query("vmid", vmid), order));
    }

    /**
     * R2: the followings of {@code vmid} in {@code order}, {@code pageSize} (1..50) per page.
     *
     * @param vmid the mid of the user whose list is read
     * @param order the order
     * @param pageSize the number of entries per page, 1..50
     * @return the followings, streamed lazily page by page
     * @deprecated use {@code followings(vmid, order).pageSize(pageSize)}
     */
    @Deprecated
    public PagedFlux<RelationUser> followings(long vmid, FollowingOrder order, int pageSize) {
        return followings(vmid, order).pageSize(pageSize);
    }

    /**
     * R3: the followings of {@code vmid} whose name matches {@code name}.
     * @param vmid the mid of the user whose list is read
     * @param name the name
     * @return the followings of {@code vmid} whose name matches {@code name}
     */
    public PagedFlux<RelationUser> searchFollowings(long vmid, String name) {
        Check.id("vmid", vmid);
        Check.notBlank("name", name);
        Check.text("name", name);
        return users(RelationRoutes.SEARCH_FOLLOWINGS,
                () -> RelationRoutes.SEARCH_FOLLOWINGS.request().query("vmid", vmid).query("name", name));
    }

    /**
     * R3: as {@link #searchFollowings(long, String)}, {@code pageSize} (1..50) per page.
     *
     * @param vmid the mid of the user whose list is read
     * @param name the name to match
     * @param pageSize the number of entries per page, 1..50
     * @return the matching followings, streamed lazily page by page
     * @deprecated use {@code searchFollowings(vmid, name).pageSize(pageSize)}
     */
    @Deprecated
    public PagedFlux<RelationUser> searchFollowings(long vmid, String name, int pageSize) {
        return searchFollowings(vmid, name).pageSize(pageSize);
    }

    /**
     * R4: the users both the logged-in user and {@code vmid} follow.
     * @param vmid the mid of the user whose list is read
     * @return the users both the logged-in user and {@code vmid} follow
     */
    public PagedFlux<RelationUser> sameFollowings(long vmid) {
        Check.id("vmid", vmid);
        return users(RelationRoutes.SAME_FOLLOWINGS, () -> RelationRoutes.SAME_FOLLOWINGS.request().query("vmid", vmid));
    }

    /**
     * R4: as {@link #sameFollowings(long)}, {@code pageSize} (1..50) per page.
     *
     * @param vmid the mid of the user whose list is read
     * @param pageSize the number of entries per page, 1..50
     * @return the common followings, streamed lazily page by page
     * @deprecated use {@code sameFollowings(vmid).pageSize(pageSize)}
     */
    @Deprecated
    public PagedFlux<RelationUser> sameFollowings(long vmid, int pageSize) {
        return sameFollowings(vmid).pageSize(pageSize);
    }

    /**
     * R5: the logged-in user's quiet follows (the answer has no total: pages are read until one is short).
     * @return the logged-in user's quiet follows (the answer has no total: pages are read until one is short)
     */
    public PagedFlux<RelationUser> whispers() {
        return users(RelationRoutes.WHISPERS, RelationRoutes.WHISPERS::request);
    }

    /**
     * R5: as {@link #whispers()}, {@code pageSize} (1..50) per page.
     *
     * @param pageSize the number of entries per page, 1..50
     * @return the quiet follows, streamed lazily page by page
     * @deprecated use {@code whispers().pageSize(pageSize)}
     */
    @Deprecated
    public PagedFlux<RelationUser> whispers(int pageSize) {
        return whispers().pageSize(pageSize);
    }

    /**
     * R6: the logged-in user's blacklist (attribute 128).
     * @return the logged-in user's blacklist (attribute 128)
     */
    public PagedFlux<RelationUser> blacks() {
        return users(RelationRoutes.BLACKS, RelationRoutes.BLACKS::request);
    }

    /**
     * R6: as {@link #blacks()}, {@code pageSize} (1..50) per page.
     *
     * @param pageSize the number of entries per page, 1..50
     * @return the blacklist, streamed lazily page by page
     * @deprecated use {@code blacks().pageSize(pageSize)}
     */
    @Deprecated
    public PagedFlux<RelationUser> blacks(int pageSize) {
        return blacks().pageSize(pageSize);
    }

    /**
     * R13: the members of the logged-in user's group {@code tagId} (-10 special, 0 default, or a
     * custom group), newest first. Entries carry the card only. 22104 (no such group) fails with
     * {@link TagNotFoundException}.
     * @param tagId the tag (group) id
     * @return the members of the logged-in user's group {@code tagId} (-10 special, 0 default, or a custom group), newest first
     */
    public PagedFlux<RelationUser> tagMembers(long tagId) {
        return tagMembers(tagId, FollowingOrder.FOLLOW_TIME);
    }

    /**
     * R13: the members of group {@code tagId} in {@code order}. The service's default page is 20; 50
     * is the largest it accepts, and the default here.
     *
     * @param tagId the tag (group) id
     * @param order the order
     * @return the members, streamed lazily page by page
     */
    public PagedFlux<RelationUser> tagMembers(long tagId, FollowingOrder order) {
        checkTagId("tagId", tagId);
        Check.notNull("order", order);
        Route route = RelationRoutes.TAG_MEMBERS;
        return PagedFlux.createByLongKey(route, RelationUser::mid, (pn, ps) -> {
            ApiRequest req = route.paging().apply(ordered(route.request().query("tagid", tagId), order), pn, ps).build();
            // R13's data is a bare array without total: the stream ends at a short page.
            return bili.exchange(req, USERS, (List<Wire.User> list) -> PageResult.of(Wire.users(list)));
        });
    }

    /**
     * R13: the members of group {@code tagId} in {@code order}, {@code pageSize} (1..50) per page.
     *
     * @param tagId the tag (group) id
     * @param order the order
     * @param pageSize the number of entries per page, 1..50
     * @return the members, streamed lazily page by page
     * @deprecated use {@code tagMembers(tagId, order).pageSize(pageSize)}
     */
    @Deprecated
    public PagedFlux<RelationUser> tagMembers(long tagId, FollowingOrder order, int pageSize) {
        return tagMembers(tagId, order).pageSize(pageSize);
    }

    // ---- R7, R8: follow, block ... ----

    /**
     * R7: applies {@code action} to the relation with {@code fid}. Refused with
     * {@link SelfRelationException} (22001) for oneself (checked before sending when the cookie names
     * the logged-in mid), {@link UserBlockedException} (22003) when either blocked the other; the live
     * service refuses {@link RelationAction#WHISPER} (-400).
     * @param fid the other user's mid
     * @param action the relation action
     * @param source the source of the action
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> modify(long fid, RelationAction action, RelationSource source) {
        Check.id("fid", fid);
        Check.notNull("action", action);
        Check.notNull("source", source);
        checkNotSelf("fid", fid);
        return bili.execute(RelationRoutes.MODIFY.request()
                .form("fid", fid).form("act", action.code()).form("re_src", source.code()).build());
    }

    /**
     * R7: follows {@code fid} (from their space page).
     * @param fid the other user's mid
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> follow(long fid) {
        return modify(fid, RelationAction.FOLLOW, RelationSource.SPACE);
    }

    /**
     * R7: unfollows {@code fid}.
     * @param fid the other user's mid
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> unfollow(long fid) {
        return modify(fid, RelationAction.UNFOLLOW, RelationSource.SPACE);
    }

    /**
     * R7: puts {@code fid} on the blacklist.
     * @param fid the other user's mid
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> block(long fid) {
        return modify(fid, RelationAction.BLOCK, RelationSource.SPACE);
    }

    /**
     * R7: removes {@code fid} from the blacklist.
     * @param fid the other user's mid
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> unblock(long fid) {
        return modify(fid, RelationAction.UNBLOCK, RelationSource.SPACE);
    }

    /**
     * R7: removes the follower {@code fid} (they no longer follow the logged-in user).
     * @param fid the other user's mid
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> removeFan(long fid) {
        return modify(fid, RelationAction.REMOVE_FAN, RelationSource.SPACE);
    }

    /**
     * R7: stops following {@code fid} quietly.
     * @param fid the other user's mid
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> unwhisper(long fid) {
        return modify(fid, RelationAction.UNWHISPER, RelationSource.SPACE);
    }

    /**
     * R8: follows or blocks (only {@link RelationAction#FOLLOW} and {@link RelationAction#BLOCK}) 1 to
     * {@value #MAX_BATCH} users at once; the result lists those it failed for. Oneself is refused before
     * sending when the cookie names the logged-in mid.
     * @param fids the other users' mids
     * @param action the relation action
     * @param source the source of the action
     * @return the result, listing the users it failed for
     */
    public Mono<BatchModifyResult> batchModify(Collection<Long> fids, RelationAction action, RelationSource source) {
        List<Long> ids = checkIds("fids", fids, MAX_BATCH);
        Check.notNull("action", action);
        Check.notNull("source", source);
        Check.that(action.batchable(), "action", "must be FOLLOW or BLOCK (R8 accepts act 1 or 5 only), was " + action);
        ids.forEach(fid -> checkNotSelf("fids", fid));
        ApiRequest req = RelationRoutes.BATCH_MODIFY.request()
                .form("fids", join(ids)).form("act", action.code()).form("re_src", source.code()).build();
        return bili.exchange(req, Wire.Batch.class, Wire.Batch::toResult)
                .defaultIfEmpty(new BatchModifyResult(List.of()));
    }

    // ---- R9-R11: relations ----

    /**
     * R9: the logged-in user's relation to {@code fid} (attribute 0 and {@code mtime} EPOCH when none);
     * empty if a successful answer carries no {@code data}.
     * @param fid the other user's mid
     * @return the logged-in user's relation to {@code fid} (attribute 0 and {@code mtime} EPOCH when none); empty if a successful answer carries no {@code data}
     */
    public Mono<Relation> relation(long fid) {
        Check.id("fid", fid);
        return bili.exchange(RelationRoutes.RELATION.request().query("fid", fid).build(), Wire.WireRelation.class,
                Wire.WireRelation::toRelation);
    }

    /**
     * R10: both directions of the relation with {@code mid}, through the live WBI-signed route
     * ({@code /x/space/wbi/acc/relation}); empty if a successful answer carries no {@code data}.
     * @param mid the user's mid
     * @return both directions of the relation with {@code mid}, through the live WBI-signed route ({@code /x/space/wbi/acc/relation}); empty if a successful answer carries no {@code data}
     */
    public Mono<MutualRelation> mutualRelation(long mid) {
        Check.id("mid", mid);
        return bili.exchange(RelationRoutes.MUTUAL_RELATION.request().query("mid", mid).build(), Wire.Mutual.class,
                Wire.Mutual::toMutual);
    }

    /**
     * R11: the logged-in user's relations to {@code fids}, keyed by mid (the wire keys are strings), in
     * the service's order. More than {@value #RELATIONS_CHUNK} mids are asked for in several requests.
     * @param fids the other users' mids
     * @return the logged-in user's relations to {@code fids}, keyed by mid (the wire keys are strings), in the service's order
     */
    public Mono<Map<Long, Relation>> relations(Collection<Long> fids) {
        List<Long> ids = checkIds("fids", fids, Integer.MAX_VALUE);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += RELATIONS_CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + RELATIONS_CHUNK)));
        }
        return Flux.fromIterable(chunks)
                .concatMap(chunk -> bili.exchange(RelationRoutes.RELATIONS.request().query("fids", join(chunk)).build(),
                        RELATION_MAP, Wire::relations).flatMapIterable(Map::entrySet))
                .collect(LinkedHashMap<Long, Relation>::new, (m, e) -> m.put(e.getKey(), e.getValue()))
                .map(Collections::unmodifiableMap);
    }

    // ---- R12-R15: groups ----

    /**
     * R12: the logged-in user's groups: special (-10), default (0), then the custom ones.
     * @return the logged-in user's groups: special (-10), default (0), then the custom ones
     */
    public Mono<List<RelationTag>> tags() {
        return bili.exchange(RelationRoutes.TAGS.request().build(), TAGS,
                        list -> list.stream().map(Wire.Tag::toTag).toList())
                .defaultIfEmpty(List.of());
    }

    /**
     * R14: the groups {@code fid} is in, tag id to name (empty: the default group), in the service's order.
     * @param fid the other user's mid
     * @return the groups {@code fid} is in, tag id to name (empty: the default group), in the service's order
     */
    public Mono<Map<Long, String>> tagsOfUser(long fid) {
        Check.id("fid", fid);
        return bili.exchange(RelationRoutes.TAGS_OF_USER.request().query("fid", fid).build(), TAG_NAMES)
                .<Map<Long, String>>map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)))
                .defaultIfEmpty(Map.of());
    }

    /**
     * R15: the mids of the logged-in user's special follows (group -10).
     * @return the mids of the logged-in user's special follows (group -10)
     */
    public Mono<List<Long>> specialFollowings() {
        return bili.exchange(RelationRoutes.SPECIAL_FOLLOWINGS.request().build(), MIDS, List::copyOf)
                .defaultIfEmpty(List.of());
    }

    // ---- R16-R21: group changes ----

    /**
     * R16: creates a group named {@code name} (1..16 characters) and returns its id. Refused with
     * {@link TagExistsException} (22106) when the name is taken.
     * @param name the name
     * @return the new id
     */
    public Mono<Long> createTag(String name) {
        checkTagName("name", name);
        Route route = RelationRoutes.CREATE_TAG;
        return bili.exchange(route.request().form("tag", name).build(), Wire.Created.class)
                .mapNotNull(Wire.Created::tagid)
                .switchIfEmpty(Mono.error(() -> new DecodingException(route.describe(), "data.tagid is missing", null)));
    }

    /**
     * R17: renames the custom group {@code tagId} to {@code name} (1..16 characters).
     * @param tagId the tag (group) id
     * @param name the name
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> renameTag(long tagId, String name) {
        Check.id("tagId", tagId);
        checkTagName("name", name);
        return bili.execute(RelationRoutes.RENAME_TAG.request().form("tagid", tagId).form("name", name).build());
    }

    /**
     * R18: deletes the custom group {@code tagId}; its members stay followed.
     * @param tagId the tag (group) id
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> deleteTag(long tagId) {
        Check.id("tagId", tagId);
        return bili.execute(RelationRoutes.DELETE_TAG.request().form("tagid", tagId).build());
    }

    /**
     * R19: puts the followed users {@code fids} into the groups {@code tagIds}; {@code tagIds} = [0]
     * moves them back to the default group (out of every group, still followed).
     * @param fids the other users' mids
     * @param tagIds the tag (group) ids
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> addToTags(Collection<Long> fids, Collection<Long> tagIds) {
        List<Long> users = checkIds("fids", fids, Integer.MAX_VALUE);
        List<Long> tags = checkTagIds("tagIds", tagIds);
        return bili.execute(RelationRoutes.ADD_TO_TAGS.request().form("fids", join(users)).form("tagids", join(tags)).build());
    }

    /**
     * R20: copies the followed users {@code fids} into the groups {@code tagIds} (their other groups stay).
     * @param fids the other users' mids
     * @param tagIds the tag (group) ids
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> copyToTags(Collection<Long> fids, Collection<Long> tagIds) {
        List<Long> users = checkIds("fids", fids, Integer.MAX_VALUE);
        List<Long> tags = checkTagIds("tagIds", tagIds);
        return bili.execute(RelationRoutes.COPY_TO_TAGS.request().form("fids", join(users)).form("tagids", join(tags)).build());
    }

    /**
     * R21: moves the followed users {@code fids} from the groups {@code fromTagIds} to {@code toTagIds}.
     * @param fromTagIds the from tag ids
     * @param toTagIds the to tag ids
     * @param fids the other users' mids
     * @return a {@code Mono} that completes when the service has accepted the change
     */
    public Mono<Void> moveBetweenTags(Collection<Long> fromTagIds, Collection<Long> toTagIds, Collection<Long> fids) {
        List<Long> from = checkTagIds("fromTagIds", fromTagIds);
        List<Long> to = checkTagIds("toTagIds", toTagIds);
        List<Long> users = checkIds("fids", fids, Integer.MAX_VALUE);
        return bili.execute(RelationRoutes.MOVE_BETWEEN_TAGS.request()
                .form("beforeTagids", join(from)).form("afterTagids", join(to)).form("fids", join(users)).build());
    }

    @Override
    public String toString() {
        return "RelationClient[" + bili + "]";
    }

    // ---- helpers ----

    private PagedFlux<RelationUser> users(Route route, Supplier<ApiRequest.Builder> start) {
        return PagedFlux.createByLongKey(route, RelationUser::mid, (pn, ps) ->
                // total lets core tell a capped list (empty page, total says more) from its end.
                bili.exchange(route.paging().apply(start.get(), pn, ps).build(), Wire.UserList.class,
                        d -> new PageResult<>(d.users(), d.total(), null)));
    }

    private static ApiRequest.Builder ordered(ApiRequest.Builder b, FollowingOrder order) {
        return order == FollowingOrder.FOLLOW_TIME ? b : b.query("order_type", order.wireValue());
    }

    /** A group id R13 and R19-R21 accept: -10 (special), 0 (default) or a custom group's positive id. */
    private static long checkTagId(String name, long tagId) {
        Check.that(tagId == RelationTag.SPECIAL || tagId >= RelationTag.DEFAULT, name,
                "must be -10 (special), 0 (default) or a group id >= 1, was " + tagId);
        return tagId;
    }

    private static List<Long> checkTagIds(String name, Collection<Long> tagIds) {
        Check.size(name, tagIds, 1, Integer.MAX_VALUE);
        tagIds.forEach(t -> checkTagId(name, t));
        return List.copyOf(tagIds);
    }

    private static List<Long> checkIds(String name, Collection<Long> ids, int max) {
        Check.size(name, ids, 1, max);
        ids.forEach(id -> Check.id(name, id));
        return List.copyOf(ids);
    }

    private static void checkTagName(String name, String value) {
        Check.length(name, value, 1, MAX_TAG_NAME);
        Check.text(name, value);
        Check.notBlank(name, value);
    }

    /** The service refuses to act on oneself (22001 for R7, a failed fid for R8): say so before sending. */
    private void checkNotSelf(String name, long fid) {
        if (bili.credentials() instanceof Credentials.Cookie c && c.dedeUserId() > 0) {
            Check.that(fid != c.dedeUserId(), name, "must not be the logged-in user's own mid " + fid);
        }
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
