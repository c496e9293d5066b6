package org.mentoring.error;

import java.util.List;

/**
 * One thing wrong with a request: the field it concerns ({@code null} for the request as a whole),
 * an i18n key, and the key's arguments.
 */
public record Problem(String field, String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }
}
