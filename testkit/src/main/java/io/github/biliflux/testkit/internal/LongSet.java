package io.github.biliflux.testkit.internal;

import java.util.Arrays;

/** An open-addressing set of longs (no boxing): 8 bytes per slot, load factor at most 1/2. */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;

    LongSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        Arrays.fill(slots, EMPTY);
    }

    boolean contains(long v) {
        int mask = slots.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == EMPTY) {
                return false;
            }
            if (s == v) {
                return true;
            }
        }
    }

    void add(long v) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == v) {
                return;
            }
            if (s == EMPTY) {
                slots[i] = v;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
