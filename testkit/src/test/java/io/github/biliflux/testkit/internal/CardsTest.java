package io.github.biliflux.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cards of the relation lists: written once per world version, at most {@link Cards#CAPACITY} kept. */
class CardsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T04:00:00Z"), ZoneOffset.UTC);
    private static final long USER = Worlds.GENERATED_BASE + 7;

    @Test
    void aCardIsWrittenOncePerVersionAndAgainAfterTheWorldWasTouched() {
        WorldState w = Worlds.generated(1, 100, 0, CLOCK);
        String entry = card(w, USER);
        byte[] kept = w.cards.kept(USER);
        assertThat(card(w, USER)).isEqualTo(entry);
        assertThat(w.cards.kept(USER)).isSameAs(kept);
        assertThat(entry).startsWith("\"uname\":\"").endsWith("\"label\":{\"path\":\"\"}}}");

        w.locked(s -> s.addUser(USER, "新名字", java.math.BigDecimal.ONE));

        assertThat(card(w, USER)).startsWith("\"uname\":\"新名字\",");
        assertThat(w.cards.kept(USER)).isNotSameAs(kept);
    }

    private static String card(WorldState w, long mid) {
        JsonBytes out = new JsonBytes(16);
        w.card(mid, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void atMostCapacityCardsAreKept() {
        WorldState w = Worlds.generated(1, 3 * Cards.CAPACITY, 0, CLOCK);
        for (int i = 0; i < 3 * Cards.CAPACITY; i++) {
            card(w, Worlds.GENERATED_BASE + i);
            assertThat(w.cards.size()).isBetween(1, Cards.CAPACITY);
        }
    }

    @Test
    void onlyAnAnswerThatChangedNothingKeepsTheVersion() {
        WorldState w = Worlds.generated(1, 10, 0, CLOCK);
        long v = w.version();
        w.serve(s -> "read", r -> true);
        assertThat(w.version()).isEqualTo(v);
        w.serve(s -> "changed", r -> false);
        assertThat(w.version()).isEqualTo(v + 1);
        assertThatThrownBy(() -> w.serve(s -> {
            throw new IllegalStateException("handler failed");
        }, r -> true)).isInstanceOf(IllegalStateException.class);
        assertThat(w.version()).isEqualTo(v + 2);
        w.locked(s -> s.balance(Worlds.DEMO_MID));
        assertThat(w.version()).isEqualTo(v + 3);
    }

    @Test
    void aListReadKeepsTheVersionAndAMutationMovesItOn() {
        WorldState w = Worlds.demo(CLOCK);
        String sessdata = w.locked(s -> s.sessdata(Worlds.DEMO_MID));
        String csrf = w.locked(s -> s.biliJct(Worlds.DEMO_MID));
        Map<String, String> cookies = Map.of("SESSDATA", sessdata);
        long v = w.version();

        Routes.Outcome read = Routes.dispatch(new Request("GET", "/x/relation/followers",
                Map.of("vmid", "" + Worlds.DEMO_MID), Map.of(), "", cookies, Map.of()), w);
        assertThat(read.reply().code()).isZero();
        assertThat(w.version()).isEqualTo(v);

        Routes.Outcome follow = Routes.dispatch(new Request("POST", "/x/relation/modify", Map.of(),
                Map.of("fid", "12345", "act", "1", "csrf", csrf), "", cookies, Map.of()), w);
        assertThat(follow.reply().code()).isZero();
        assertThat(w.version()).isGreaterThan(v);
    }
}
