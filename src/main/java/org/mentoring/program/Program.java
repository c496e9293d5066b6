package org.mentoring.program;

import java.time.Instant;
import java.time.LocalDate;
import org.mentoring.people.FitScore;
import org.mentoring.relationship.Cadence;

/**
 * A formal mentoring program as stored. {@code weights} are the fit score's weights for this program's matching;
 * {@code mentorCap} (or null) caps each mentor's capacity in the program below their own; {@code version} is the
 * revision an update or move must name.
 */
public record Program(long id, String name, String description, String objectives, ProgramKind kind, LocalDate startsOn,
                      LocalDate endsOn, LocalDate enrolFrom, LocalDate enrolUntil, MatchingMode matching, Cadence cadence,
                      Integer meetingMinutes, Integer mentorCap, boolean autoApprove, FitScore.Weights weights,
                      ProgramStatus status, int version, Instant createdAt) {
}
