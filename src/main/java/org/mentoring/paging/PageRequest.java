package org.mentoring.paging;

import java.util.List;
import org.mentoring.error.Problem;
import org.mentoring.error.ValidationException;

/** Jira-style paging input: {@code startAt} (0-based) and {@code maxResults} (1..{@value #MAX}). */
public record PageRequest(int startAt, int maxResults) {
    public static final int DEFAULT = 50;
    public static final int MAX = 100;

    public PageRequest {
        if (startAt < 0) {
            throw new ValidationException(List.of(Problem.of("startAt", "mentoring.error.paging.start")));
        }
        if (maxResults < 1 || maxResults > MAX) {
            throw new ValidationException(List.of(Problem.of("maxResults", "mentoring.error.paging.size", MAX)));
        }
    }

    public static PageRequest of(Integer startAt, Integer maxResults) {
        return new PageRequest(startAt == null ? 0 : startAt, maxResults == null ? DEFAULT : maxResults);
    }

    public static PageRequest first(int maxResults) {
        return new PageRequest(0, maxResults);
    }
}
