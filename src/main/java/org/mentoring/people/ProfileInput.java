package org.mentoring.people;

import java.util.List;

/**
 * A whole profile as its owner (or an administrator) writes it: PUT replaces everything. Missing yes/no fields are no;
 * {@code listed} null is the default (appear when offering to mentor); {@code capacity} null keeps the mentor's limit.
 */
public record ProfileInput(Boolean offersMentoring, Boolean seeksMentor, List<SkillLevelInput> mentors,
                           List<SkillLevelInput> grows, List<String> languages, String timeZone, Integer hoursPerMonth,
                           Integer capacity, String bio, Boolean reverseMentoring, Boolean listed) {

    /** A skill by its catalogue name or a synonym (any case), with a level 1–5. */
    public record SkillLevelInput(String skill, Integer level) {
    }

    public static ProfileInput none() {
        return new ProfileInput(null, null, null, null, null, null, null, null, null, null, null);
    }
}
