package org.mentoring.program;

/** Who pairs people in a program: its manager (with the matching engine), the mentees, or the mentors. */
public enum MatchingMode {
    MANAGER, MENTEE_CHOOSES, MENTOR_CHOOSES
}
