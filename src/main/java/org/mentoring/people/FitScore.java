package org.mentoring.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a mentor fits someone looking for one: a sum of named terms, each explainable on its own. The one home
 * of this scoring: the directory ranks with it, and program matching uses it with each program's weights.
 *
 * <ul>
 *   <li>{@code skills}: for each skill the seeker wants that the mentor mentors in (synonyms resolve to the same
 *   catalogue skill), {@code skill} × the mentor's level / 5;</li>
 *   <li>{@code language}: {@code language} when they share a language;</li>
 *   <li>{@code timeZone}: {@code timeZone} × (1 − hours apart / 12), at least 0, when both time zones are known;</li>
 *   <li>{@code availability}: {@code availability} × hours a month / 10, at most {@code availability}.</li>
 * </ul>
 */
public final class FitScore {
    public static final String SKILLS = "skills";
    public static final String LANGUAGE = "language";
    public static final String TIME_ZONE = "timeZone";
    public static final String AVAILABILITY = "availability";
    static final int FULL_AVAILABILITY_HOURS = 10;

    /** What each term is worth at most (skills: per matched skill). Programs may choose their own. */
    public record Weights(double skill, double language, double timeZone, double availability) {
        public static final Weights DEFAULT = new Weights(10, 3, 2, 1);
    }

    /** The person looking: skill ids they want to grow, their languages, their offset from UTC in minutes (or null). */
    public record Seeker(Set<Long> wantedSkills, Set<String> languages, Integer utcOffsetMinutes) {
    }

    /** A possible mentor: skill id → level 1–5, languages, offset from UTC in minutes (or null), hours a month (or null). */
    public record Candidate(Map<Long, Integer> mentorSkills, List<String> languages, Integer utcOffsetMinutes,
                            Integer hoursPerMonth) {
    }

    /** One named part of a score. */
    public record Term(String name, double points) {
    }

    /** A score with its terms (only those that scored) and what matched, for the sentence saying why. */
    public record Fit(double total, List<Term> terms, List<Long> matchedSkills, List<String> sharedLanguages,
                      Integer hoursApart, Integer hoursPerMonth) {
    }

    private final Weights weights;

    public FitScore(Weights weights) {
        this.weights = weights;
    }

    public Fit score(Seeker seeker, Candidate mentor) {
        List<Term> terms = new ArrayList<>();
        List<Long> matched = new ArrayList<>();
        double skillPoints = 0;
        for (Map.Entry<Long, Integer> e : mentor.mentorSkills().entrySet()) {
            if (seeker.wantedSkills().contains(e.getKey())) {
                matched.add(e.getKey());
                skillPoints += weights.skill() * e.getValue() / 5.0;
            }
        }
        add(terms, SKILLS, skillPoints);
        List<String> shared = mentor.languages().stream().filter(seeker.languages()::contains).toList();
        add(terms, LANGUAGE, shared.isEmpty() ? 0 : weights.language());
        Integer hoursApart = null;
        if (seeker.utcOffsetMinutes() != null && mentor.utcOffsetMinutes() != null) {
            int minutes = Math.abs(seeker.utcOffsetMinutes() - mentor.utcOffsetMinutes());
            hoursApart = Math.round(minutes / 60f);
            add(terms, TIME_ZONE, weights.timeZone() * Math.max(0, 1 - minutes / 720.0));
        }
        Integer hours = mentor.hoursPerMonth();
        if (hours != null) {
            add(terms, AVAILABILITY, weights.availability() * Math.min(hours, FULL_AVAILABILITY_HOURS) / (double) FULL_AVAILABILITY_HOURS);
        }
        double total = terms.stream().mapToDouble(Term::points).sum();
        return new Fit(round(total), terms, matched, shared, hoursApart, hours);
    }

    /**
     * The same total as {@link #score} without its explanation, for ranking thousands of pairs at once (cohort
     * matching); {@code FitScoreTest} holds the two equal.
     */
    public double total(Seeker seeker, Candidate mentor) {
        double skillPoints = 0;
        for (Map.Entry<Long, Integer> e : mentor.mentorSkills().entrySet()) {
            if (seeker.wantedSkills().contains(e.getKey())) {
                skillPoints += weights.skill() * e.getValue() / 5.0;
            }
        }
        double total = round(skillPoints);
        for (String language : mentor.languages()) {
            if (seeker.languages().contains(language)) {
                total += round(weights.language());
                break;
            }
        }
        if (seeker.utcOffsetMinutes() != null && mentor.utcOffsetMinutes() != null) {
            int minutes = Math.abs(seeker.utcOffsetMinutes() - mentor.utcOffsetMinutes());
            total += round(weights.timeZone() * Math.max(0, 1 - minutes / 720.0));
        }
        if (mentor.hoursPerMonth() != null) {
            total += round(weights.availability() * Math.min(mentor.hoursPerMonth(), FULL_AVAILABILITY_HOURS)
                    / (double) FULL_AVAILABILITY_HOURS);
        }
        return round(total);
    }

    public Weights weights() {
        return weights;
    }

    private static void add(List<Term> terms, String name, double points) {
        if (points > 0) {
            terms.add(new Term(name, round(points)));
        }
    }

    static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
