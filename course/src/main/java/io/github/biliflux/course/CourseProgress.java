package io.github.biliflux.course;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Objects;

/**
 * How far the user got in a paid course (C1 {@code progress}).
 *
 * @param lastEpId         the id of the episode watched last (0 if none)
 * @param lastEpIndex      that episode's title
 * @param lastTimeSeconds  the position reached in it, in seconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CourseProgress(
        @JsonProperty("last_ep_id") long lastEpId,
        @JsonProperty("last_ep_index") String lastEpIndex,
        @JsonProperty("last_time") long lastTimeSeconds) {

    /** No progress: what a course without {@code progress} means. */
    public static final CourseProgress NONE = new CourseProgress(0, "", 0);

    /**
     * A missing episode title becomes "" (C1).
     * @param lastEpId the id of the episode watched last (0 if none)
     * @param lastEpIndex that episode's title
     * @param lastTimeSeconds the position reached in it, in seconds
     */
    public CourseProgress {
        Objects.requireNonNull(lastEpIndex, "lastEpIndex");
    }

    /**
     * The position reached in the last episode (C1 {@code last_time}).
     * @return the position reached in the last episode (C1 {@code last_time})
     */
    public Duration lastTime() {
        return Duration.ofSeconds(lastTimeSeconds);
    }
}
