package io.github.biliflux.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.biliflux.core.internal.RecentKeys;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The primitive dedupe window: the same answers as a set of the last N keys, in constant memory. */
class RecentKeysTest {

    @Test
    void forgetsTheOldestBeyondItsSize() {
        RecentKeys w = RecentKeys.longs(3);
        assertThat(w.add(1)).isTrue();
        assertThat(w.add(2)).isTrue();
        assertThat(w.add(3)).isTrue();
        assertThat(w.add(2)).isFalse();
        assertThat(w.add(4)).isTrue();
        assertThat(w.contains(1)).as("1 was forgotten").isFalse();
        assertThat(w.contains(2)).isTrue();
        assertThat(w.add(1)).isTrue();
        assertThat(w.count()).isEqualTo(3);
    }

    @Test
    void zeroAndNegativeKeysAreKeysLikeAnyOther() {
        RecentKeys w = RecentKeys.longs(2);
        assertThat(w.add(0)).isTrue();
        assertThat(w.add(0)).isFalse();
        assertThat(w.add(Long.MIN_VALUE)).isTrue();
        assertThat(w.add(-1)).isTrue();
        assertThat(w.contains(0)).isFalse();
        assertThat(w.add(0)).isTrue();
    }

    @Test
    void answersAsAReferenceWindowOverManyCollidingKeys() {
        // Small key range and a small window: many probes, many evictions with back-shifts.
        for (int size : new int[] {1, 2, 7, 64, 1000}) {
            RecentKeys w = RecentKeys.longs(size);
            ArrayDeque<Long> order = new ArrayDeque<>();
            Set<Long> reference = new HashSet<>();
            Random r = new Random(size);
            for (int i = 0; i < 200_000; i++) {
                long k = r.nextInt(3 * size + 5) * 1024L; // multiples of a power of two collide in weak hashes
                boolean expected = !reference.contains(k);
                assertThat(w.add(k)).as("key %d at step %d, size %d", k, i, size).isEqualTo(expected);
                if (expected) {
                    order.addLast(k);
                    reference.add(k);
                    if (order.size() > size) {
                        reference.remove(order.removeFirst());
                    }
                }
            }
            assertThat(w.count()).isEqualTo(reference.size());
        }
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> RecentKeys.longs(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
    }
}
