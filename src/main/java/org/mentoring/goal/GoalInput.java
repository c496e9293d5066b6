package org.mentoring.goal;

/** A goal as a caller sent it (text, so each bad field can be named). Competencies are comma-separated tags. */
public record GoalInput(String title, String description, String successCriteria, String competencies,
                        String targetDate, String ownerKey) {
}
