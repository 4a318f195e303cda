package io.github.biliflux.testkit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    private final Map<Long, String> byMid = new HashMap<>();
    private long version = -1;

    /**
     * The card of {@code mid} as the rest of a list entry: its fields ({@code "uname":...}) and then the
     * entry's closing brace, the same text Jackson writes for them.
     */
    String tail(WorldState w, long mid) {
        if (version != w.version()) {
            byMid.clear();
            version = w.version();
        }
        String card = byMid.get(mid);
        if (card == null) {
            if (byMid.size() >= CAPACITY) {
                byMid.clear();
            }
            card = write(w.profile(mid));
            byMid.put(mid, card);
        }
        return card;
    }

    /** How many cards are kept now. */
    int size() {
        return byMid.size();
    }

    /** uname, face, sign, official_verify, vip: the card fields of a user, in this order. */
    private static String write(Profile p) {
        StringWriter text = new StringWriter(320);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("uname", p.uname());
            g.writeStringField("face", p.face());
            g.writeStringField("sign", p.sign());
            g.writeObjectFieldStart("official_verify");
            g.writeNumberField("type", p.officialType());
            g.writeStringField("desc", p.officialDesc());
            g.writeEndObject();
            g.writeObjectFieldStart("vip");
            g.writeNumberField("vipType", p.vipType());
            g.writeNumberField("vipDueDate", p.vipDueDate());
            g.writeStringField("dueRemark", "");
            g.writeNumberField("accessStatus", 0);
            g.writeNumberField("vipStatus", p.vipStatus());
            g.writeStringField("vipStatusWarn", "");
            g.writeNumberField("themeType", 0);
            g.writeObjectFieldStart("label");
            g.writeStringField("path", "");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.getBuffer().substring(1);
    }
}
