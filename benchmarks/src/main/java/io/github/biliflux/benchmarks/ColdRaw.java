package io.github.biliflux.benchmarks;

import io.github.biliflux.core.internal.Json;
import io.github.biliflux.relation.RelationUser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;

/**
 * {@code ColdRaw BASE_URL PAGES}: the plain-client side of benchmarks/cold-start.sh, a whole process
 * doing the command line's work with {@link Clients.Raw} (Reactor Netty + Jackson, the same records):
 * PAGES pages of R1, each entry written as one JSON line to stdout.
 */
public final class ColdRaw {

    private ColdRaw() {
    }

    public static void main(String[] args) throws IOException {
        URI base = URI.create(args[0]);
        int pages = Integer.parseInt(args[1]);
        com.fasterxml.jackson.core.JsonFactory json = Json.newMapper().getFactory();
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        try (Clients.Raw raw = new Clients.Raw(base)) {
            raw.followers(FollowersPage.VMID, pages).doOnNext(u -> {
                try {
                    line(json, out, u);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).blockLast(Duration.ofMinutes(1));
        }
        out.flush();
    }

    /** One entry as a JSON line (the fields of the command line's ndjson). */
    private static void line(com.fasterxml.jackson.core.JsonFactory json, OutputStream out, RelationUser u) throws IOException {
        try (com.fasterxml.jackson.core.JsonGenerator g = json.createGenerator(out)) {
            g.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeNumberField("mid", u.mid());
            g.writeStringField("uname", u.uname());
            g.writeNumberField("attribute", u.attribute());
            g.writeStringField("mtime", u.mtime().toString());
            g.writeStringField("sign", u.sign());
            g.writeStringField("face", u.face());
            g.writeNumberField("vip_type", u.vip().vipType());
            g.writeStringField("official", u.officialVerify().desc());
            g.writeEndObject();
        }
        out.write('\n');
    }
}
