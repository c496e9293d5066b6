package org.mentoring.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A profile's skills as stored on its row: "|12:4|15:3|" (catalogue id and level), in the order the person gave them. */
final class SkillLevels {
    private SkillLevels() {
    }

    static String write(Map<Long, Integer> levels) {
        return levels.isEmpty() ? null
                : levels.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining("|", "|", "|"));
    }

    static Map<Long, Integer> read(String stored) {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        if (stored == null) {
            return levels;
        }
        for (String part : stored.split("\\|")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                levels.put(Long.parseLong(part.substring(0, colon)), Integer.parseInt(part.substring(colon + 1)));
            }
        }
        return levels;
    }

    /** The LIKE pattern that finds rows holding skill {@code id}. */
    static String pattern(long id) {
        return "%|" + id + ":%";
    }

    static String writeLanguages(java.util.List<String> languages) {
        return languages.isEmpty() ? null : "|" + String.join("|", languages) + "|";
    }

    static java.util.List<String> readLanguages(String stored) {
        return stored == null ? java.util.List.of()
                : java.util.Arrays.stream(stored.split("\\|")).filter(s -> !s.isEmpty()).toList();
    }
}
