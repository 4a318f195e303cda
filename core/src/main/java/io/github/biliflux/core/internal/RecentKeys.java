package io.github.biliflux.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A bounded set of the keys seen last, for deduplicating a stream in constant memory: a list that
 * shifts or is re-served between requests repeats only recent entries, so the oldest keys can go.
 */
public final class RecentKeys {

    private RecentKeys() {
    }

    /**
     * A set holding at most {@code size} keys, forgetting the oldest first; not thread-safe (one per
     * subscription, as {@code Flux.distinct(key, RecentKeys::window)} makes it).
     *
     * @param size how many keys it remembers, at least 1
     * @param <K>  the keys
     * @return an empty set
     */
    public static <K> Set<K> window(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, was " + size);
        }
        return Collections.newSetFromMap(new LinkedHashMap<K, Boolean>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
                return size() > size;
            }
        });
    }
}
