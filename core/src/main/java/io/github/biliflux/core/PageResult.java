package io.github.biliflux.core;

import java.util.List;

/**
 * What one request of a paged endpoint returned, before {@link PagedFlux} decides how the stream
 * goes on: the entries, and the {@code total} and {@code next} hints when the endpoint sends them.
 *
 * @param items the entries, in the service's order
 * @param total the total the service reported, or null
 * @param next  whether the service said more follow (C1's {@code next}), or null
 */
public record PageResult<T>(List<T> items, Long total, Boolean next) {

    /**
     * Copies {@code items}, dropping null entries.
     * @param items the entries, in the service's order
     * @param total the total the service reported, or null
     * @param next whether the service said more follow (C1's {@code next}), or null
     */
    public PageResult {
        // A null entry in an answer carries nothing to emit: drop it rather than fail the stream.
        items = items == null ? List.of() : withoutNulls(items);
    }

    /**
     * A page with no hints: the stream goes on while pages are full.
     * @param <T> the entry type
     * @param items the entries of this page
     * @return a page with no hints: the stream goes on while pages are full
     */
    public static <T> PageResult<T> of(List<T> items) {
        return new PageResult<>(items, null, null);
    }

    /**
     * A page with the list's total.
     * @param <T> the entry type
     * @param items the entries of this page
     * @param total the total the server reported, or -1 when unknown
     * @return a page with the list's total
     */
    public static <T> PageResult<T> of(List<T> items, long total) {
        return new PageResult<>(items, total, null);
    }

    /** {@code items} without nulls, immutable: no copy at all when it already is both (a {@code List.of}). */
    private static <T> List<T> withoutNulls(List<T> items) {
        for (int i = 0, n = items.size(); i < n; i++) {
            if (items.get(i) == null) {
                return items.stream().filter(java.util.Objects::nonNull).toList();
            }
        }
        return List.copyOf(items);
    }
}
