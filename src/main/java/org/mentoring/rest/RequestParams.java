package org.mentoring.rest;

import org.mentoring.error.Problems;
import org.mentoring.paging.PageRequest;

/** Query parameters read as text, so a bad value is a 400 naming it rather than JAX-RS's silent 404. */
public final class RequestParams {
    private RequestParams() {
    }

    public static PageRequest page(String startAt, String maxResults) {
        Problems problems = new Problems();
        PageRequest page = page(problems, startAt, maxResults);
        problems.throwIfAny();
        return page;
    }

    /** For pages: a bad or missing start shows the first page rather than an error. */
    public static PageRequest pageOrFirst(String startAt, int size) {
        try {
            return page(startAt, Integer.toString(size));
        } catch (org.mentoring.error.ValidationException e) {
            return PageRequest.first(size);
        }
    }

    /** Adds any problem with the paging parameters to {@code problems}; returns null if there was one. */
    public static PageRequest page(Problems problems, String startAt, String maxResults) {
        Integer start = integer(problems, "startAt", startAt);
        Integer max = integer(problems, "maxResults", maxResults);
        if (start != null && start < 0) {
            problems.add("startAt", "mentoring.error.paging.start");
        }
        if (max != null && (max < 1 || max > PageRequest.MAX)) {
            problems.add("maxResults", "mentoring.error.paging.size", PageRequest.MAX);
        }
        return problems.has("startAt") || problems.has("maxResults") ? null : PageRequest.of(start, max);
    }

    /** Repeatable, comma-separable enum values ("status=ACTIVE,PAUSED&status=PROPOSED"), case-insensitive. */
    public static <E extends Enum<E>> java.util.Set<E> enums(Problems problems, String field, java.util.List<String> values, Class<E> type) {
        java.util.Set<E> wanted = java.util.EnumSet.noneOf(type);
        for (String value : values) {
            for (String part : value.split(",")) {
                try {
                    wanted.add(Enum.valueOf(type, part.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(field, "mentoring.error.choice", String.join(", ",
                            java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                    return wanted;
                }
            }
        }
        return wanted;
    }

    public static Integer integer(Problems problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(field, "mentoring.error.number");
            return null;
        }
    }
}
