package org.mentoring.rest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentoring.error.Problem;

/** The documented error body for a bare HTTP status (no path, bad method, too large, …): one message, no details. */
public final class StatusErrors {
    /** Statuses with a message of their own; others get a generic one naming the status. */
    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 429, 500);

    private StatusErrors() {
    }

    public static Problem problem(int status, Object... args) {
        return KNOWN.contains(status) ? Problem.of(null, "mentoring.error.http." + status, args)
                : Problem.of(null, "mentoring.error.http.other", status);
    }

    public static ErrorJson body(int status, Locale locale, Object... args) {
        return ErrorJson.of(List.of(problem(status, args)), locale);
    }
}
