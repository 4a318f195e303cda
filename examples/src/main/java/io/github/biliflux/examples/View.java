package io.github.biliflux.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.biliflux.account.VipStatus;
import io.github.biliflux.account.VipType;
import io.github.biliflux.course.CourseStatus;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * How a command's rows are shown: the few columns of its default table, and the fields whose numeric
 * codes are shown by their enum name (as {@code account} already does), so that a value reads the
 * same in every command and format.
 *
 * @param columns the default table's columns (dotted paths of the row); empty = every field
 * @param names   dotted path -> the conversion of the value found there
 */
record View(List<String> columns, Map<String, UnaryOperator<JsonNode>> names) {

    /** Every field, as it is. */
    static final View PLAIN = new View(List.of(), Map.of());

    /** R1-R6, R13: a user in a relation list. */
    static final View USERS = new View(List.of("mid", "uname", "mtime", "tags", "vip.vip_type"),
            Map.of("vip.vip_type", code(VipType::of), "vip.vip_status", code(VipStatus::of)));

    /** R12: a follow group. */
    static final View TAGS = new View(List.of("tag_id", "name", "count"), Map.of());

    /** A8: a coin log line. */
    static final View COIN_LOG = new View(List.of("time", "delta", "reason"), Map.of());

    /** M1: a reading coupon. */
    static final View COUPONS = new View(List.of("id", "remain_amount", "total_amount", "expire_time", "type.text", "reason.text"), Map.of());

    /** M2: a bought comic. */
    static final View COMICS = new View(List.of("comic_id", "comic_title", "bought_ep_count", "last_ord", "last_short_title"), Map.of());

    /** C1: a paid course. */
    static final View COURSES = new View(List.of("id", "title", "ep_count", "status", "is_expired"),
            Map.of("status", code(CourseStatus::of)));

    /** A1-A7 in one summary. */
    static final View ACCOUNT = new View(List.of("account.mid", "account.uname", "account.sign", "account.sex", "account.birthday",
            "vip.vip_type", "vip.vip_status", "vip.vip_due_date", "exp_reward.login", "exp_reward.watch", "exp_reward.coins",
            "exp_reward.share", "security.account_safe.score", "real_name.status"),
            Map.of("vip.vip_type", code(VipType::of), "vip.vip_status", code(VipStatus::of)));

    View {
        columns = List.copyOf(columns);
        names = Map.copyOf(names);
    }

    /**
     * A numeric code shown by the name of its enum constant ({@code UNKNOWN(10)} for a code the enum
     * does not know, so that nothing is lost); a value that is already a name stays.
     */
    static UnaryOperator<JsonNode> code(IntFunction<? extends Enum<?>> of) {
        return n -> {
            if (!n.isIntegralNumber()) {
                return n;
            }
            String name = of.apply(n.intValue()).name();
            return TextNode.valueOf(name.equals("UNKNOWN") ? name + "(" + n.intValue() + ")" : name);
        };
    }

    /** Applies the name conversions to {@code row} in place and returns it. */
    ObjectNode apply(ObjectNode row) {
        names.forEach((path, f) -> {
            int dot = path.lastIndexOf('.');
            JsonNode parent = dot < 0 ? row : Rows.at(row, path.substring(0, dot));
            String field = path.substring(dot + 1);
            if (parent instanceof ObjectNode o && o.has(field)) {
                o.set(field, f.apply(o.get(field)));
            }
        });
        return row;
    }
}
