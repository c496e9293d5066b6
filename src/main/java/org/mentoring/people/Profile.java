package org.mentoring.people;

import java.util.List;
import java.util.Map;

/**
 * A person's mentoring profile as stored. {@code mentors} and {@code grows} map catalogue ids to levels 1–5.
 * {@code listed} is the person's choice (null: the default, appear when offering to mentor).
 */
public record Profile(String userKey, boolean exists, boolean offersMentoring, boolean seeksMentor,
                      Map<Long, Integer> mentors, Map<Long, Integer> grows, List<String> languages, String timeZone,
                      Integer utcOffsetMinutes, Integer hoursPerMonth, String bio, boolean reverseMentoring,
                      Boolean listed, boolean inDirectory) {
    public Profile {
        mentors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mentors));
        grows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(grows));
        languages = List.copyOf(languages);
    }

    /** What someone without a profile has: nothing offered, nothing sought, not in the directory. */
    public static Profile empty(String userKey) {
        return new Profile(userKey, false, false, false, Map.of(), Map.of(), List.of(), null, null, null, null, false, null, false);
    }

    /** Whether others may see the profile: the person's choice, by default when they offer to mentor. */
    public boolean visible() {
        return exists && (listed == null ? offersMentoring : listed);
    }
}
