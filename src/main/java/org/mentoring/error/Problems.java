package org.mentoring.error;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        } else {
            refuseNul(field, trimmed);
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
        } else {
            refuseNul(field, trimmed);
        }
        return trimmed;
    }

    /** NUL is no character of any text a person writes, and PostgreSQL refuses to store it. */
    public void refuseNul(String field, String text) {
        if (text.indexOf('\u0000') >= 0) {
            add(field, "mentoring.error.nul");
        }
    }

    /** An optional calendar date {@code YYYY-MM-DD} in years 1 to 9999: absent (null) is none; blank is no date. */
    public LocalDate optionalDate(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value, DATE);
            if (date.getYear() >= 1) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        add(field, "mentoring.error.date");
        return null;
    }

    /** Exactly four digits of year (so no sign, no year 0 or 10000), and only days the calendar has. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

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
