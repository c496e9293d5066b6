package org.mentoring.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentoring.error.Problems;

/** The directory's filters read from request parameters (the REST resource and the page read them alike). */
public final class DirectoryFilters {
    static final int MAX_SKILLS = 10;

    private DirectoryFilters() {
    }

    public static DirectoryFilter read(Problems problems, List<String> skillParams, String language, String hasRoom,
                                       String query, String tzFrom, String tzTo) {
        List<String> skills = new ArrayList<>();
        for (String value : skillParams == null ? List.<String>of() : skillParams) {
            for (String part : value.split(",")) {
                String s = part.strip();
                if (s.length() > SkillCatalogue.MAX_NAME) {
                    problems.add("skill", "mentoring.error.toolong", SkillCatalogue.MAX_NAME);
                } else if (!s.isEmpty() && !skills.contains(s)) {
                    skills.add(s);
                }
            }
        }
        if (skills.size() > MAX_SKILLS) {
            problems.add("skill", "mentoring.directory.skills.many", MAX_SKILLS);
        }
        String lang = null;
        if (language != null && !language.isBlank()) {
            lang = language.strip().toLowerCase(Locale.ROOT);
            if (!ProfileService.LANGUAGES.contains(lang)) {
                problems.add("language", "mentoring.profile.language");
            }
        }
        boolean room = false;
        if (hasRoom != null && !hasRoom.isBlank()) {
            String v = hasRoom.strip();
            if (!v.equals("true") && !v.equals("false")) {
                problems.add("hasRoom", "mentoring.error.choice", "true, false");
            }
            room = v.equals("true");
        }
        String q = problems.optionalText("query", query, 100);
        Integer from = hours(problems, "tzFrom", tzFrom);
        Integer to = hours(problems, "tzTo", tzTo);
        if (from != null && to != null && from > to) {
            problems.add("tzTo", "mentoring.directory.tz.order");
        }
        return new DirectoryFilter(skills, lang, room, q, from == null ? null : from * 60, to == null ? null : to * 60);
    }

    private static Integer hours(Problems problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int h = Integer.parseInt(value.strip());
            problems.checkRange(field, h, -12, 14);
            return h;
        } catch (NumberFormatException e) {
            problems.add(field, "mentoring.error.number");
            return null;
        }
    }
}
