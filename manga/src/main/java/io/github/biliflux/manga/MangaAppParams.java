package io.github.biliflux.manga;

import io.github.biliflux.core.Check;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The query parameters the manga app sends with M1 and M2 when the client has app credentials
 * (spec 000, URL parameter table): {@code mobi_app}, {@code version}, {@code build},
 * {@code channel}, {@code platform}, {@code device}, {@code machine}, {@code is_teenager},
 * {@code no_recommend}. They are sent and signed only in app mode; cookie logins send none.
 * Immutable: {@link #with} and {@link #without} return a new value. The signer adds
 * {@code access_key}, {@code appkey}, {@code ts} and {@code sign} itself, so those names are refused.
 */
public final class MangaAppParams {

    private static final Set<String> RESERVED = Set.of("access_key", "appkey", "ts", "sign");

    private static final MangaAppParams DEFAULTS = new MangaAppParams(defaultMap());

    private final Map<String, String> params;

    private MangaAppParams(Map<String, String> params) {
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    private static Map<String, String> defaultMap() {
        Map<String, String> m = new LinkedHashMap<>();
        // The values of the spec's table (M1); "samsung+SM-G9730" there is the form-encoded "samsung SM-G9730".
        m.put("mobi_app", "android_comic");
        m.put("version", "4.13.0");
        m.put("build", "36413002");
        m.put("channel", "bilicomic");
        m.put("platform", "android");
        m.put("device", "android");
        m.put("machine", "samsung SM-G9730");
        m.put("is_teenager", "0");
        m.put("no_recommend", "0");
        return m;
    }

    /**
     * The parameters of the spec's table (M1, M2): the Android manga app 4.13.0.
     * @return the parameters of the spec's table (M1, M2): the Android manga app 4.13.0
     */
    public static MangaAppParams defaults() {
        return DEFAULTS;
    }

    /**
     * No app parameter at all: app-mode requests carry only what the signer adds (M1, M2).
     * @return no app parameter at all: app-mode requests carry only what the signer adds (M1, M2)
     */
    public static MangaAppParams none() {
        return new MangaAppParams(Map.of());
    }

    /**
     * Exactly {@code params}, in their iteration order (M1, M2).
     *
     * @throws IllegalArgumentException if a name is blank or one the signer adds ({@code access_key},
     *                                  {@code appkey}, {@code ts}, {@code sign})
     * @param params the params
     * @return exactly {@code params}, in their iteration order (M1, M2)
     */
    public static MangaAppParams of(Map<String, String> params) {
        Check.notNull("params", params);
        MangaAppParams p = none();
        for (Map.Entry<String, String> e : params.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    /**
     * These parameters with {@code name} set to {@code value} (replacing it if present), e.g.
     * {@code with("version", "4.20.0")} (M1, M2).
     *
     * @throws IllegalArgumentException if {@code name} is blank or one the signer adds
     * @param name the name
     * @param value the value
     * @return these parameters with {@code name} set to {@code value} (replacing it if present), e.g. {@code with("version", "4.20.0")} (M1, M2)
     */
    public MangaAppParams with(String name, String value) {
        checkName(name);
        Check.notNull(name, value);
        Map<String, String> m = new LinkedHashMap<>(params);
        m.put(name, value);
        return new MangaAppParams(m);
    }

    /**
     * These parameters with every entry of {@code overrides} set over them (M1, M2).
     * @param overrides the overrides
     * @return these parameters with every entry of {@code overrides} set over them (M1, M2)
     */
    public MangaAppParams withAll(Map<String, String> overrides) {
        Check.notNull("overrides", overrides);
        MangaAppParams p = this;
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    /**
     * These parameters without {@code name} (M1, M2).
     * @param name the name
     * @return these parameters without {@code name} (M1, M2)
     */
    public MangaAppParams without(String name) {
        Check.notNull("name", name);
        Map<String, String> m = new LinkedHashMap<>(params);
        m.remove(name);
        return new MangaAppParams(m);
    }

    /**
     * The parameters, name to value, in the order they were set (M1, M2).
     * @return the parameters, name to value, in the order they were set (M1, M2)
     */
    public Map<String, String> asMap() {
        return params;
    }

    private static void checkName(String name) {
        Check.notBlank("name", name);
        Check.that(!RESERVED.contains(name), "name", "must not be one the signer adds (access_key, appkey, ts, sign), was " + name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MangaAppParams p && p.params.equals(params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(params);
    }

    @Override
    public String toString() {
        return "MangaAppParams" + params;
    }
}
