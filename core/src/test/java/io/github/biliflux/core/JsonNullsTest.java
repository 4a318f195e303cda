package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.biliflux.core.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Null and absent strings and lists decode as empty, once for every module; nested records keep theirs. */
class JsonNullsTest {

    record Inner(String a, List<Long> ids) {
        Inner {
            ids = List.copyOf(ids); // rejects null: the mapper must never hand one over
        }
    }

    record Outer(long mid, String name, List<Long> tags, Inner inner, List<Inner> inners, Map<String, String> extra) {
        Outer {
            name = java.util.Objects.requireNonNull(name, "name");
            tags = List.copyOf(tags);
            inners = List.copyOf(inners);
        }
    }

    final ObjectMapper mapper = Json.newMapper();

    @ParameterizedTest
    @ValueSource(strings = {"{\"mid\":1}", "{\"mid\":1,\"name\":null,\"tags\":null,\"inners\":null}"})
    void nullOrAbsentStringsAndListsAreEmpty(String json) throws Exception {
        Outer o = mapper.readValue(json, Outer.class);
        assertThat(o.name()).isEmpty();
        assertThat(o.tags()).isEmpty();
        assertThat(o.inners()).isEmpty();
        assertThat(o.inner()).as("an absent nested record stays absent").isNull();
        assertThat(o.extra()).as("maps keep Jackson's handling").isNull();
    }

    @Test
    void nullEntriesAreDroppedAtEveryDepth() throws Exception {
        Outer o = mapper.readValue("{\"mid\":1,\"tags\":[3,null,4],\"inner\":{\"a\":null},"
                + "\"inners\":[null,{\"ids\":[1,null,2]},{}]}", Outer.class);
        assertThat(o.tags()).containsExactly(3L, 4L);
        assertThat(o.inner()).isEqualTo(new Inner("", List.of()));
        assertThat(o.inners()).containsExactly(new Inner("", List.of(1L, 2L)), new Inner("", List.of()));
    }

    @Test
    void nullEntriesOfARootListOrMapAreDropped() throws Exception {
        assertThat(mapper.readValue("[null,{\"a\":\"x\"}]", new com.fasterxml.jackson.core.type.TypeReference<List<Inner>>() { }))
                .containsExactly(new Inner("x", List.of()));
        assertThat(mapper.readValue("[1,null,2]", new com.fasterxml.jackson.core.type.TypeReference<List<Long>>() { }))
                .containsExactly(1L, 2L);
        assertThat(mapper.readValue("{\"1\":{\"ids\":null},\"2\":null}",
                new com.fasterxml.jackson.core.type.TypeReference<Map<Long, Inner>>() { }))
                .containsExactly(Map.entry(1L, new Inner("", List.of())));
    }

    @Test
    void aStringStaysWhatWasSent() throws Exception {
        assertThat(mapper.readValue("{\"mid\":1,\"name\":\"\"}", Outer.class).name()).isEmpty();
        assertThat(mapper.readValue("{\"mid\":1,\"name\":\"null\"}", Outer.class).name()).isEqualTo("null");
        assertThat(mapper.readValue("{\"mid\":1,\"name\":7}", Outer.class).name()).isEqualTo("7");
    }
}
