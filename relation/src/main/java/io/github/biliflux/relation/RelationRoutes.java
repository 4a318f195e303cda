package io.github.biliflux.relation;

import io.github.biliflux.core.Auth;
import io.github.biliflux.core.Host;
import io.github.biliflux.core.Route;
import io.github.biliflux.relation.RelationException.Reason;

/**
 * The relation endpoints of spec/README.md (R1-R21), each declared once: method, host, path, auth,
 * idempotency, paging ({@code pn}/{@code ps}, default and maximum size) and the {@link Reason}s of
 * its own codes. Common codes (-101, -111, -400, 22007,
 * 22115 ...) are mapped by core. Mutations are {@code Route.post}: never re-sent once they may have
 * reached the service.
 */
final class RelationRoutes {

    /** R1-R6, R13: ps at most 50 (PROTOCOL.md), asked for by default (the fewest requests). */
    private static final int PAGE = RelationClient.MAX_PAGE_SIZE;

    /** R1 followers of a user (ps at most 50; 22007 / empty page past the cap: core ends the stream). */
    static final Route FOLLOWERS = Route.get("R1", Host.API, "/x/relation/followers", Auth.COOKIE_OR_APP)
            .paged("pn", "ps", PAGE, PAGE);
    /** R2 followings of a user (22115 when hidden: core's PrivacyException). */
    static final Route FOLLOWINGS = Route.get("R2", Host.API, "/x/relation/followings", Auth.COOKIE_OR_APP)
            .paged("pn", "ps", PAGE, PAGE);
    /** R3 search in a user's followings. */
    static final Route SEARCH_FOLLOWINGS = Route.get("R3", Host.API, "/x/relation/followings/search", Auth.COOKIE_OR_APP)
            .paged("pn", "ps", PAGE, PAGE);
    /** R4 followings in common with a user. */
    static final Route SAME_FOLLOWINGS = Route.get("R4", Host.API, "/x/relation/same/followings", Auth.COOKIE_OR_APP)
            .paged("pn", "ps", PAGE, PAGE);
    /** R5 the logged-in user's quiet follows (no total). */
    static final Route WHISPERS = Route.get("R5", Host.API, "/x/relation/whispers", Auth.COOKIE_OR_APP)
            .paged("pn", "ps", PAGE, PAGE);
    /** R6 the logged-in user's blacklist (ps at most 50). */
    static final Route BLACKS = Route.get("R6", Host.API, "/x/relation/blacks", Auth.COOKIE_OR_APP)
            .paged("pn", "ps", PAGE, PAGE);
    /** R7 follow, unfollow, whisper, block, unblock, remove a fan. */
    static final Route MODIFY = relationErrors(Route.post("R7", Host.API, "/x/relation/modify", Auth.COOKIE_OR_APP));
    /** R8 follow or block up to 50 users at once. */
    static final Route BATCH_MODIFY = relationErrors(
            Route.post("R8", Host.API, "/x/relation/batch/modify", Auth.COOKIE_OR_APP));
    /** R9 the logged-in user's relation to a user. */
    static final Route RELATION = Route.get("R9", Host.API, "/x/relation", Auth.COOKIE_OR_APP);
    /**
     * R10 both directions of a relation. The spec's {@code /x/space/acc/relation} is deprecated
     * (PROTOCOL.md): the live route is the WBI-signed one.
     */
    static final Route MUTUAL_RELATION = Route.get("R10", Host.API, "/x/space/wbi/acc/relation", Auth.COOKIE_OR_APP)
            .wbiSigned();
    /** R11 relations to several users, keyed by mid. */
    static final Route RELATIONS = Route.get("R11", Host.API, "/x/relation/relations", Auth.COOKIE_OR_APP);
    /** R12 the logged-in user's follow groups. */
    static final Route TAGS = Route.get("R12", Host.API, "/x/relation/tags", Auth.COOKIE_OR_APP);
    /** R13 the members of a group (a JSON array without total). */
    static final Route TAG_MEMBERS = Reason.on(Route.get("R13", Host.API, "/x/relation/tag", Auth.COOKIE_OR_APP)
            .paged("pn", "ps", PAGE, PAGE), Reason.TAG_NOT_FOUND);
    /** R14 the groups a followed user is in. */
    static final Route TAGS_OF_USER = Route.get("R14", Host.API, "/x/relation/tag/user", Auth.COOKIE_OR_APP);
    /** R15 the special follows' mids. */
    static final Route SPECIAL_FOLLOWINGS = Route.get("R15", Host.API, "/x/relation/tag/special", Auth.COOKIE_OR_APP);
    /** R16 creates a group. */
    static final Route CREATE_TAG = Reason.on(Route.post("R16", Host.API, "/x/relation/tag/create", Auth.COOKIE_OR_APP),
            Reason.TAG_NAME_TOO_LONG, Reason.TAG_EXISTS);
    /** R17 renames a group (the emulator also answers 22106 for a name in use). */
    static final Route RENAME_TAG = Reason.on(Route.post("R17", Host.API, "/x/relation/tag/update", Auth.COOKIE_OR_APP),
            Reason.TAG_NAME_TOO_LONG, Reason.TAG_NOT_FOUND, Reason.TAG_EXISTS);
    /** R18 deletes a group (its members stay followed). */
    static final Route DELETE_TAG = Reason.on(Route.post("R18", Host.API, "/x/relation/tag/del", Auth.COOKIE_OR_APP),
            Reason.TAG_NOT_FOUND);
    /** R19 adds followed users to groups ({@code tagids=0}: back to the default group). */
    static final Route ADD_TO_TAGS = tagMemberErrors(
            Route.post("R19", Host.API, "/x/relation/tags/addUsers", Auth.COOKIE_OR_APP));
    /** R20 copies followed users into groups. */
    static final Route COPY_TO_TAGS = tagMemberErrors(
            Route.post("R20", Host.API, "/x/relation/tags/copyUsers", Auth.COOKIE_OR_APP));
    /** R21 moves followed users between groups. */
    static final Route MOVE_BETWEEN_TAGS = tagMemberErrors(
            Route.post("R21", Host.API, "/x/relation/tags/moveUsers", Auth.COOKIE_OR_APP));

    private RelationRoutes() {
    }

    /** R7 and R8: the spec's 22001 and 22003, and the live service's other refusals of a follow or block. */
    private static Route relationErrors(Route r) {
        return Reason.on(r, Reason.SELF, Reason.FOLLOW_PRIVACY, Reason.BLOCKED, Reason.FOLLOW_LIMIT,
                Reason.ACCOUNT_DELETED, Reason.ALREADY_FOLLOWING, Reason.ALREADY_BLOCKED);
    }

    /** R19-R21: 22104 no such group or no permission, 22105 a user is not followed. */
    private static Route tagMemberErrors(Route r) {
        return Reason.on(r, Reason.TAG_NOT_FOUND, Reason.NOT_FOLLOWING);
    }
}
