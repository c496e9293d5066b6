package org.mentoring.people;

import java.util.List;

/** A catalogue entry. {@code freeTag}: added by a person rather than kept by administrators. */
public record Skill(long id, String name, String category, List<String> synonyms, boolean freeTag) {
    public Skill {
        synonyms = List.copyOf(synonyms);
    }
}
