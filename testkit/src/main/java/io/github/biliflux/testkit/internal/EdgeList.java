package io.github.biliflux.testkit.internal;

import java.util.Arrays;

/**
 * An ordered set of mids with the epoch second each was added, oldest first in the arrays (so the
 * API's newest-first order reads from the end). Primitive arrays only: 12 bytes per entry, plus a
 * hash index built on the first lookup of a large list (16 bytes per entry).
 */
final class EdgeList {

    private static final int INDEX_THRESHOLD = 32;

    private long[] mids;
    private int[] times;
    private int size;
    private LongSet index;

    EdgeList() {
        this(8);
    }

    EdgeList(int capacity) {
        mids = new long[Math.max(4, capacity)];
        times = new int[mids.length];
    }

    int size() {
        return size;
    }

    /** Appends {@code mid} as the newest entry; false when already present. */
    boolean add(long mid, long epochSecond) {
        if (contains(mid)) {
            return false;
        }
        append(mid, epochSecond);
        return true;
    }

    /** Appends without a duplicate check (bulk generation of distinct mids). */
    void append(long mid, long epochSecond) {
        if (size == mids.length) {
            int cap = mids.length + (mids.length >> 1) + 1;
            mids = Arrays.copyOf(mids, cap);
            times = Arrays.copyOf(times, cap);
        }
        mids[size] = mid;
        times[size] = (int) epochSecond;
        size++;
        if (index != null) {
            index.add(mid);
        }
    }

    /** Inserts {@code mid} as the oldest entry (lazy materialization of generated edges). */
    void addOldest(long mid, long epochSecond) {
        append(mid, epochSecond);
        System.arraycopy(mids, 0, mids, 1, size - 1);
        System.arraycopy(times, 0, times, 1, size - 1);
        mids[0] = mid;
        times[0] = (int) epochSecond;
    }

    boolean remove(long mid) {
        int pos = positionOf(mid);
        if (pos < 0) {
            return false;
        }
        System.arraycopy(mids, pos + 1, mids, pos, size - pos - 1);
        System.arraycopy(times, pos + 1, times, pos, size - pos - 1);
        size--;
        index = null;
        return true;
    }

    boolean contains(long mid) {
        if (size < INDEX_THRESHOLD) {
            return positionOf(mid) >= 0;
        }
        if (index == null) {
            LongSet s = new LongSet(size);
            for (int i = 0; i < size; i++) {
                s.add(mids[i]);
            }
            index = s;
        }
        return index.contains(mid);
    }

    /** Epoch second at which {@code mid} was added, or -1. */
    long timeOf(long mid) {
        if (size >= INDEX_THRESHOLD && !contains(mid)) {
            return -1;
        }
        int pos = positionOf(mid);
        return pos < 0 ? -1 : Integer.toUnsignedLong(times[pos]);
    }

    /** The {@code i}-th newest mid. */
    long newest(int i) {
        return mids[size - 1 - i];
    }

    /** The time of the {@code i}-th newest mid. */
    long newestTime(int i) {
        return Integer.toUnsignedLong(times[size - 1 - i]);
    }

    private int positionOf(long mid) {
        for (int i = size - 1; i >= 0; i--) {
            if (mids[i] == mid) {
                return i;
            }
        }
        return -1;
    }
}
