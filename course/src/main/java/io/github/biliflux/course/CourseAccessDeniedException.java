package io.github.biliflux.course;

import io.github.biliflux.core.AccessDeniedException;
import io.github.biliflux.core.ApiError;

/**
 * C1 answered -401 ("非法访问", illegal access): the service did not accept the login, because the
 * SESSDATA cookie is missing, expired or invalid. It is an {@link AccessDeniedException} (core's type
 * for -401/-403), and permanent: log in again. Never retried.
 */
public class CourseAccessDeniedException extends AccessDeniedException {

    private static final String MEANING =
            "C1 answers -401 (非法访问, illegal access) when the SESSDATA login cookie is missing, expired or invalid; log in again";

    /**
     * An exception for {@code error} (C1).
     * @param error the decoded error envelope
     */
    public CourseAccessDeniedException(ApiError error) {
        super(error);
    }

    /** The core description (code, server message, route) followed by what -401 means on C1. */
    @Override
    public String getMessage() {
        return super.getMessage() + " — " + MEANING;
    }
}
