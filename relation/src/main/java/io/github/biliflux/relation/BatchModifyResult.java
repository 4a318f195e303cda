package io.github.biliflux.relation;

import java.util.List;

/**
 * The outcome of a batch follow or block (R8): the mids it failed for; the others succeeded.
 *
 * @param failedFids the mids the action failed for ({@code data.failed_fids}), in the service's order
 */
public record BatchModifyResult(List<Long> failedFids) {

    /**
     * Copies the list; null becomes empty.
     * @param failedFids the mids the action failed for ({@code data.failed_fids}), in the service's order
     */
    public BatchModifyResult {
        failedFids = List.copyOf(failedFids); // Json drops null entries and reads a null list as empty
    }

    /**
     * Whether the action succeeded for every mid.
     * @return whether the action succeeded for every mid
     */
    public boolean allSucceeded() {
        return failedFids.isEmpty();
    }
}
