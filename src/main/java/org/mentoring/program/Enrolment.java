package org.mentoring.program;

import java.time.Instant;

/** A person's enrolment in a program; {@code capacity} is how many mentees they take in it (mentors only). */
public record Enrolment(long id, long programId, String userKey, boolean asMentor, boolean asMentee, EnrolmentStatus status,
                        Integer capacity, Instant enrolledAt) {
}
