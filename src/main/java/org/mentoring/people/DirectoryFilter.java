package org.mentoring.people;

import java.util.List;

/**
 * What a directory search asks for: skills by name or synonym (a mentor matches any of them), a language (ISO 639
 * code), whether the mentor must have room, a name to search for, and a range of UTC offsets in minutes.
 */
public record DirectoryFilter(List<String> skills, String language, boolean hasRoom, String query,
                              Integer utcOffsetFrom, Integer utcOffsetTo) {
    public DirectoryFilter {
        skills = List.copyOf(skills);
    }

    public static DirectoryFilter none() {
        return new DirectoryFilter(List.of(), null, false, null, null, null);
    }
}
