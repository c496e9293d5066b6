package org.mentoring.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with a request before refusing it, so the caller learns them all at once. */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    public Problems add(String field, String key, Object... args) {
        problems.add(Problem.of(field, key, args));
        return this;
    }

    /** Text that is required, after trimming, and at most {@code max} characters long. Returns the trimmed value. */
    public String requiredText(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            add(field, "mentoring.error.required");
        } else if (trimmed.length() > max) {
            add(field, "mentoring.error.toolong", max);
        }
        return trimmed;
    }

    /** Optional text: blank becomes {@code null}; otherwise at most {@code max} characters. */
    public String optionalText(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            add(field, "mentoring.error.toolong", max);
        }
        return trimmed;
    }

    /** An optional ISO date ("2026-11-24"): blank becomes null, anything else unreadable is a problem. */
    public java.time.LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            add(field, "mentoring.error.date");
            return null;
        }
    }

    public Problems checkRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            add(field, "mentoring.error.range", min, max);
        }
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
