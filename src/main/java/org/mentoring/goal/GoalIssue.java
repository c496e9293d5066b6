package org.mentoring.goal;

import java.time.LocalDate;

/**
 * A goal issue as its host tracks it (Jira): what the app mirrors on the goal's row. {@code issueId} is null
 * while the issue is being created; {@code status} is null when the issue's status is not one of the goal
 * workflow's; {@code relationshipId} is the "Mentoring relationship" field (null when empty).
 */
public record GoalIssue(Long issueId, String reporterKey, String summary, String description, LocalDate dueDate,
                        GoalStatus status, Long relationshipId) {
}
