package io.github.biliflux.core.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * The one Jackson configuration: unknown fields ignored, the documented quirks accepted, and the
 * service's nulls handled once for every module: a {@code String} that is null or absent decodes
 * as {@code ""}, a {@code List} as {@code List.of()}, and a null entry of a list or a null value
 * of a map is dropped (it names nothing), at the root of an answer too. Records therefore never see a null string or list from an answer and reject
 * nulls like any value.
 */
public final class Json {

    private Json() {
    }

    /** A mapper for Bilibili answers. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                // A null entry of any list or map, at any depth and at the root: dropped.
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP))
                // Scoped to the two types, so nested records and maps keep Jackson's own null handling.
                .withConfigOverride(String.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .build();
    }
}
