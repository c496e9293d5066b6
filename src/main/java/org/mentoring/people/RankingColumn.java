package org.mentoring.people;

import java.util.List;
import java.util.Map;

/**
 * The text of {@code PROFILE.RANKING}: "60;5;0;|cs|en|;|12:4|15:3|;Europe/Prague" — offset from UTC in minutes, hours a
 * month, open to reverse mentoring (1/0), languages and skills mentored as their own columns store them, time zone
 * (last: the only part that is free text). An empty part is null. At most about 350 characters (20 skills, 10
 * languages), within {@link #LENGTH}. Public for the upgrade step that fills it on existing rows: a change of this
 * format needs a step of its own that rewrites the column.
 */
public final class RankingColumn {
    /** Active Objects' longest bounded text column. */
    public static final int LENGTH = 450;

    private RankingColumn() {
    }

    /** The parts as read. */
    record Parts(Integer utcOffsetMinutes, Integer hoursPerMonth, boolean reverseMentoring, List<String> languages,
                 Map<Long, Integer> mentorSkills, String timeZone) {
        FitScore.Candidate fitInputs() {
            return new FitScore.Candidate(mentorSkills, languages, utcOffsetMinutes, hoursPerMonth);
        }
    }

    static String of(Profile p) {
        return write(p.utcOffsetMinutes(), p.hoursPerMonth(), p.reverseMentoring(), SkillLevels.writeLanguages(p.languages()),
                SkillLevels.write(p.mentors()), p.timeZone());
    }

    /** From the stored columns ({@code languages} and {@code mentorSkills} as {@code LANGS} and {@code MENTOR_SKILLS} hold them). */
    public static String write(Integer utcOffsetMinutes, Integer hoursPerMonth, boolean reverseMentoring, String languages,
                               String mentorSkills, String timeZone) {
        return text(utcOffsetMinutes) + ';' + text(hoursPerMonth) + ';' + (reverseMentoring ? '1' : '0') + ';' + text(languages)
                + ';' + text(mentorSkills) + ';' + text(timeZone);
    }

    /** The parts of {@code stored}; null (a row never written by this version) reads as nothing known. */
    static Parts read(String stored) {
        if (stored == null) {
            return new Parts(null, null, false, List.of(), SkillLevels.read(null), null);
        }
        int a = stored.indexOf(';');
        int b = stored.indexOf(';', a + 1);
        int c = stored.indexOf(';', b + 1);
        int d = stored.indexOf(';', c + 1);
        int e = stored.indexOf(';', d + 1);
        return new Parts(number(stored, 0, a), number(stored, a + 1, b), stored.charAt(b + 1) == '1',
                SkillLevels.readLanguages(part(stored, c + 1, d)), SkillLevels.read(part(stored, d + 1, e)),
                part(stored, e + 1, stored.length()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String part(String stored, int from, int to) {
        return from == to ? null : stored.substring(from, to);
    }

    private static Integer number(String stored, int from, int to) {
        return from == to ? null : Integer.parseInt(stored, from, to, 10);
    }
}
