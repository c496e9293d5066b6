package org.mentoring.goal;

/** One item of a goal's checklist. */
public record Milestone(long id, long goalId, String title, boolean done, int position) {
}
