package io.github.biliflux.testkit.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The JSON text of users' cards in the relation lists (R1-R6, R13), each written once per world
 * version instead of as a Jackson tree per request. A card depends on the user's profile only, which
 * changes only inside {@link WorldState#locked} or a mutating request, and both move the world's
 * version on: a cache of another version is dropped whole. At most {@link #CAPACITY} cards are kept
 * (the cache is dropped when full), so a huge generated world costs constant memory.
 * Guarded by the world's lock.
 */
final class Cards {

    /** Cards kept at most: about 400 bytes each. */
    static final int CAPACITY = 4096;

    private final Map<Long, byte[]> byMid = new HashMap<>();
    private long version = -1;

    /**
     * Appends the card of {@code mid} to a list entry {@code out}: its fields ({@code "uname":...,
     * "vip":...}) and the entry's closing brace, as Jackson writes them; written into {@code out} and
     * kept on the first use in this version, copied from what was kept after that.
     */
    void append(WorldState w, long mid, JsonBytes out) {
        if (version != w.version()) {
            byMid.clear();
            version = w.version();
        }
        byte[] card = byMid.get(mid);
        if (card != null) {
            out.bytes(card, 0);
            return;
        }
        if (byMid.size() >= CAPACITY) {
            byMid.clear();
        }
        int start = out.length();
        write(w.profile(mid), out);
        byMid.put(mid, out.copyFrom(start));
    }

    /** The card kept for {@code mid}, or null. */
    byte[] kept(long mid) {
        return byMid.get(mid);
    }

    /** How many cards are kept now. */
    int size() {
        return byMid.size();
    }

    /** uname, face, sign, official_verify, vip: the card fields of a user, in this order, and a closing brace. */
    private static void write(Profile p, JsonBytes out) {
        out.ascii("\"uname\":").string(p.uname()).ascii(",\"face\":").string(p.face())
                .ascii(",\"sign\":").string(p.sign())
                .ascii(",\"official_verify\":{\"type\":").number(p.officialType())
                .ascii(",\"desc\":").string(p.officialDesc())
                .ascii("},\"vip\":{\"vipType\":").number(p.vipType()).ascii(",\"vipDueDate\":").number(p.vipDueDate())
                .ascii(",\"dueRemark\":\"\",\"accessStatus\":0,\"vipStatus\":").number(p.vipStatus())
                .ascii(",\"vipStatusWarn\":\"\",\"themeType\":0,\"label\":{\"path\":\"\"}}}");
    }
}
