package io.github.biliflux.core;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of a list as a {@link PagedFlux} delivers it.
 *
 * @param items     the entries of this page not already delivered by an earlier page
 * @param number    the page number (1-based, the {@code pn} sent)
 * @param size      the page size asked for (the {@code ps} sent)
 * @param total     the list's total as the service reported it, if it did
 * @param hasMore   whether another page follows
 * @param truncated whether the list ends here because of a cap (22007, or an empty page while
 *                  {@code total} says more), not because it was read to its end
 */
public record Page<T>(List<T> items, int number, int size, OptionalLong total, boolean hasMore, boolean truncated) {

    /**
     * Copies {@code items}; rejects nulls.
     * @param items the entries of this page not already delivered by an earlier page
     * @param number the page number (1-based, the {@code pn} sent)
     * @param size the page size asked for (the {@code ps} sent)
     * @param total the list's total as the service reported it, if it did
     * @param hasMore whether another page follows
     * @param truncated whether the list ends here because of a cap (22007, or an empty page while {@code total} says more), not because it was read to its end
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(total, "total");
    }
}
