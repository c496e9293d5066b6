package org.mentoring.program;

import java.time.Instant;
import java.util.Map;

/**
 * A person's enrolment in a program; {@code capacity} is how many mentees they take in it (mentors only, null: as
 * many as their own capacity and the program's cap allow); {@code answers} are the program's questions' answers by
 * question id.
 */
public record Enrolment(long id, long programId, String userKey, boolean asMentor, boolean asMentee, EnrolmentStatus status,
                        Integer capacity, Instant enrolledAt, Map<Long, String> answers) {
    public Enrolment {
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
