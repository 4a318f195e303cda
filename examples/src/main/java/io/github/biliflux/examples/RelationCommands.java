package io.github.biliflux.examples;

import io.github.biliflux.relation.FollowingOrder;
import io.github.biliflux.relation.RelationClient;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import reactor.core.publisher.Mono;

/** The relation commands (R1-R21). */
final class RelationCommands {

    private RelationCommands() {
    }

    /** R1. */
    @Command(name = "followers", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
            description = "R1: stream a follower list (default: your own)")
    static final class Followers extends ListCommand.Paged {
        @Parameters(index = "0", arity = "0..1", paramLabel = "MID", description = "whose followers (default: yours)")
        Long mid;

        @Override
        void check() {
            if (mid != null) {
                id("MID", mid);
            }
            super.check();
        }

        @Override
        int run(Ctx c) {
            long vmid = mid != null ? mid : c.me();
            RelationClient r = c.relation();
            return c.list(paged(n -> r.followers(vmid, n), () -> r.followers(vmid)), View.USERS, list);
        }
    }

    /** R2. */
    @Command(name = "followings", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
            description = "R2: stream a following list (default: your own)")
    static final class Followings extends ApiCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "MID", description = "whose followings (default: yours)")
        Long mid;
        @Option(names = "--order", paramLabel = "ORDER", defaultValue = "time",
                description = "time (newest follow first, default) or attention (most visited first)")
        String order;
        // declared here, not inherited from ListCommand, so that --order stays first in the help
        @Mixin
        ListOptions list = new ListOptions();
        @Mixin
        PageSize pageSize = new PageSize();

        @Override
        void check() {
            if (mid != null) {
                id("MID", mid);
            }
            order();
            list.limit();
        }

        FollowingOrder order() {
            return switch (order.toLowerCase(Locale.ROOT)) {
                case "time", "follow-time" -> FollowingOrder.FOLLOW_TIME;
                case "attention", "most-visited" -> FollowingOrder.MOST_VISITED;
                default -> throw new IllegalArgumentException("--order must be time or attention, was '" + order + "'");
            };
        }

        @Override
        int run(Ctx c) {
            long vmid = mid != null ? mid : c.me();
            RelationClient r = c.relation();
            return c.list(pageSize.given() ? r.followings(vmid, order(), pageSize.value) : r.followings(vmid, order()), View.USERS, list);
        }
    }

    /** R5. */
    @Command(name = "whispers", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "R5: your quiet follows")
    static final class Whispers extends ListCommand.Paged {
        @Override
        int run(Ctx c) {
            RelationClient r = c.relation();
            return c.list(paged(r::whispers, r::whispers), View.USERS, list);
        }
    }

    /** R6. */
    @Command(name = "blacks", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "R6: your blacklist")
    static final class Blacks extends ListCommand.Paged {
        @Override
        int run(Ctx c) {
            RelationClient r = c.relation();
            return c.list(paged(r::blacks, r::blacks), View.USERS, list);
        }
    }

    /** R12. */
    @Command(name = "tags", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "R12: your follow groups")
    static final class Tags extends ListCommand {
        @Override
        int run(Ctx c) {
            return c.list(c.relation().tags().flatMapIterable(l -> l), View.TAGS, list);
        }
    }

    /** R13. */
    @Command(name = "tag-members", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "R13: the members of a follow group")
    static final class TagMembers extends ListCommand.Paged {
        @Parameters(index = "0", paramLabel = "TAG_ID", description = "the group (see 'biliflux tags'; 0 = the default group, -10 = special follows)")
        long tagId;

        @Override
        int run(Ctx c) {
            RelationClient r = c.relation();
            return c.list(paged(n -> r.tagMembers(tagId, FollowingOrder.FOLLOW_TIME, n), () -> r.tagMembers(tagId)), View.USERS, list);
        }
    }

    /** R9 and R10. */
    @Command(name = "relation", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
            description = "R9, R10: your relation with a user, both ways")
    static final class RelationOf extends ApiCommand {
        @Parameters(index = "0", paramLabel = "MID", description = "the other user")
        long mid;

        @Override
        void check() {
            id("MID", mid);
        }

        @Override
        int run(Ctx c) {
            RelationClient r = c.relation();
            return c.single(Mono.zip(r.relation(mid), r.mutualRelation(mid)).map(t -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("relation", t.getT1());
                row.put("mutual", t.getT2());
                return row;
            }), View.PLAIN);
        }
    }

    /** R7 act 1. */
    @Command(name = "follow", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "R7: follow a user")
    static final class Follow extends ApiCommand {
        @Parameters(index = "0", paramLabel = "MID", description = "whom to follow")
        long mid;

        @Override
        void check() {
            id("MID", mid);
        }

        @Override
        int run(Ctx c) {
            return act(c, c.relation().follow(mid), result("followed", mid));
        }
    }

    /** R7 act 2. */
    @Command(name = "unfollow", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true, description = "R7: unfollow a user")
    static final class Unfollow extends ApiCommand {
        @Parameters(index = "0", paramLabel = "MID", description = "whom to unfollow")
        long mid;

        @Override
        void check() {
            id("MID", mid);
        }

        @Override
        int run(Ctx c) {
            return act(c, c.relation().unfollow(mid), result("unfollowed", mid));
        }
    }

    static Map<String, Object> result(String status, long mid) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("status", status);
        row.put("mid", mid);
        return row;
    }
}
