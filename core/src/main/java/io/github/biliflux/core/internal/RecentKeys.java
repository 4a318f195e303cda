package io.github.biliflux.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A bounded set of the keys seen last, for deduplicating a stream in constant memory: a list that
 * shifts or is re-served between requests repeats only recent entries, so the oldest keys can go.
 * The one dedupe window of the library: {@link #longs(int)} for primitive keys (mids, ids: no boxing,
 * no map entries), {@link #window(int)} for any other key.
 */
public final class RecentKeys {

    /** The empty slot of {@code table}; the key 0 itself is tracked by {@code zero}. */
    private static final long EMPTY = 0L;

    private final int size;
    /** Open addressing, linear probing, a power of two at least twice {@code size}. */
    private final long[] table;
    private final int mask;
    private final int shift;
    /** The keys in the order they came in, oldest at {@code head} once full. */
    private final long[] ring;
    private int head;
    private int count;
    private boolean zero;

    private RecentKeys(int size) {
        this.size = size;
        int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
        this.table = new long[capacity];
        this.mask = capacity - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
        this.ring = new long[size];
    }

    /**
     * A window of at most {@code size} primitive keys, forgetting the oldest first; not thread-safe
     * (one per subscription).
     *
     * @param size how many keys it remembers, at least 1
     * @return an empty window
     */
    public static RecentKeys longs(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, was " + size);
        }
        return new RecentKeys(size);
    }

    /**
     * Adds {@code key} unless the window holds it, forgetting the oldest key when full.
     *
     * @param key the key
     * @return whether {@code key} was not in the window (the entry is new)
     */
    public boolean add(long key) {
        if (contains(key)) {
            return false;
        }
        if (count == size) {
            remove(ring[head]);
        } else {
            count++;
        }
        insert(key);
        ring[head] = key;
        head = head + 1 == size ? 0 : head + 1;
        return true;
    }

    /**
     * Whether the window holds {@code key}.
     *
     * @param key the key
     * @return whether it was added and not forgotten yet
     */
    public boolean contains(long key) {
        if (key == EMPTY) {
            return zero;
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = table[i];
            if (k == key) {
                return true;
            }
            if (k == EMPTY) {
                return false;
            }
        }
    }

    /**
     * How many keys the window holds.
     *
     * @return at most its size
     */
    public int count() {
        return count;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void insert(long key) {
        if (key == EMPTY) {
            zero = true;
            return;
        }
        int i = slot(key);
        while (table[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        table[i] = key;
    }

    /** Removes {@code key} (present), shifting back the keys probed past it so every lookup still finds them. */
    private void remove(long key) {
        if (key == EMPTY) {
            zero = false;
            return;
        }
        int i = slot(key);
        while (table[i] != key) {
            i = (i + 1) & mask;
        }
        for (int j = (i + 1) & mask; table[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(table[j]);
            // Move table[j] into the hole at i unless its home lies cyclically in (i, j].
            boolean stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!stays) {
                table[i] = table[j];
                i = j;
            }
        }
        table[i] = EMPTY;
    }

    /**
     * A set holding at most {@code size} keys of any type, forgetting the oldest first; not
     * thread-safe (one per subscription, as {@code Flux.distinct(key, RecentKeys::window)} makes it).
     * Primitive keys: {@link #longs(int)}.
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
