package org.mentoring.people;

/** Which way a skill goes on a profile. */
public enum SkillDirection {
    /** The person can mentor others in it. */
    MENTORS,
    /** The person wants to grow in it. */
    GROWS
}
