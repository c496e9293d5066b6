package org.mentoring.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A snapshot of one development goal. {@code mentorKey}/{@code menteeKey} are its relationship's
 * members (fixed for the relationship's life), kept on the goal so "my goals" is one query.
 * {@code issueId} links the Jira issue where Jira tracks the goal.
 */
public record Goal(
        long id,
        long relationshipId,
        String ownerKey,
        String mentorKey,
        String menteeKey,
        String title,
        String description,
        String successCriteria,
        List<String> competencies,
        LocalDate targetDate,
        GoalStatus status,
        int progress,
        Instant lastCheckInAt,
        Instant createdAt,
        Instant updatedAt,
        int version,
        Long issueId) {

    public Goal {
        competencies = List.copyOf(competencies);
    }

    public boolean isMember(String userKey) {
        return mentorKey.equals(userKey) || menteeKey.equals(userKey);
    }

    /** The member who does not own the goal: the one who agrees to it and signs it off. */
    public String otherMember() {
        return mentorKey.equals(ownerKey) ? menteeKey : mentorKey;
    }
}
