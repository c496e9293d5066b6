package org.mentoring.people;

import java.util.List;

/** A catalogue entry as an administrator writes it. Unknown JSON fields are refused. */
public record SkillInput(String name, String category, List<String> synonyms) {
}
