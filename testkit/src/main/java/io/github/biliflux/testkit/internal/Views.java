package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** JSON views shared by handlers: user cards, relation entries, paging, dates and numbers. */
final class Views {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(CHINA);

    private Views() {
    }

    /** A page request: {@code pn} from 1, {@code ps} within [1, max]; out of range -> -400. */
    record Page(int pn, int ps) {
        int from() {
            return (pn - 1) * ps;
        }
    }

    static Page page(Request req, String pnName, String psName, int defaultPs, int maxPs) {
        int pn = req.intParam(pnName, 1);
        int ps = req.intParam(psName, defaultPs);
        if (pn < 1 || ps < 1 || ps > maxPs) {
            throw ApiError.badRequest();
        }
        return new Page(pn, ps);
    }

    static Page page(Request req, int defaultPs, int maxPs) {
        return page(req, "pn", "ps", defaultPs, maxPs);
    }

    /** {@code tag}: null for the default group, else the array of tag ids. */
    static JsonNode tag(List<Long> tags) {
        return tags.isEmpty() ? NullNode.getInstance() : Json.longs(tags);
    }

    /** The relation object of R9/R10/R11: mid, attribute, mtime, tag, special. */
    static ObjectNode relation(WorldState w, long owner, long other) {
        List<Long> tags = w.follows(owner, other) ? w.tagsOf(owner, other) : List.of();
        ObjectNode o = Json.obj().put("mid", other).put("attribute", w.attribute(owner, other))
                .put("mtime", w.relationTime(owner, other));
        o.set("tag", tag(tags));
        return o.put("special", tags.contains(WorldState.SPECIAL) ? 1 : 0);
    }

    /**
     * Appends a list entry of R1-R6 as JSON: the relation fields (mid, attribute, mtime, tag, special),
     * then the card (uname, face, sign, official_verify, vip), written once per world version.
     */
    static void entry(JsonBytes out, WorldState w, long mid, int attribute, long mtime, List<Long> tags) {
        out.ascii("{\"mid\":").number(mid).ascii(",\"attribute\":").number(attribute)
                .ascii(",\"mtime\":").number(mtime).ascii(",\"tag\":");
        if (tags.isEmpty()) {
            out.ascii("null");
        } else {
            for (int i = 0; i < tags.size(); i++) {
                out.ascii(i == 0 ? "[" : ",").number(tags.get(i));
            }
            out.ascii("]");
        }
        out.ascii(",\"special\":").number(tags.contains(WorldState.SPECIAL) ? 1 : 0).ascii(",");
        w.card(mid, out);
    }

    /** Appends a member of R13 as JSON: mid, then the card. */
    static void member(JsonBytes out, WorldState w, long mid) {
        out.ascii("{\"mid\":").number(mid).ascii(",");
        w.card(mid, out);
    }

    static String datetime(long epochSecond) {
        return DATETIME.format(Instant.ofEpochSecond(epochSecond));
    }

    static long parseDatetime(String s) {
        return java.time.LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                .atZone(CHINA).toEpochSecond();
    }

    /** A JSON number: integral values as integers (1, not 1.0), others as decimals (0.1). */
    static JsonNode number(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            return Json.MAPPER.getNodeFactory().numberNode(s.longValueExact());
        }
        return Json.MAPPER.getNodeFactory().numberNode(s.doubleValue());
    }

    /** A deterministic "most visited" rank for order_type=attention. */
    static long visitRank(long owner, long mid) {
        return Profile.mix(owner * 1_000_003L + mid);
    }

    /** Number of code points, which is what the length limits count (a CJK character is one). */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
