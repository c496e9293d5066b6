package org.mentoring.program;

import java.time.Instant;

/**
 * An application in a program where people choose: {@code mode} says who applied (MENTEE_CHOOSES: the mentee to a
 * mentor; MENTOR_CHOOSES: the mentor to a mentee). {@code reason} says why it closed when the chooser did not decide
 * it: the applicant withdrew (APPLICANT), was matched elsewhere (MATCHED), has no room left (FULL), or left (ERASED).
 * The note is the applicant's, for the two of them only.
 */
public record Application(long id, long programId, MatchingMode mode, String mentorKey, String menteeKey, ApplicationStatus status,
                          String reason, String note, Instant appliedAt, Instant decidedAt, Long relationshipId) {
    public String applicantKey() {
        return mode == MatchingMode.MENTOR_CHOOSES ? mentorKey : menteeKey;
    }

    public String chooserKey() {
        return mode == MatchingMode.MENTOR_CHOOSES ? menteeKey : mentorKey;
    }
}
