package org.mentoring.goal;

/** Where a development goal is in the goal workflow (the steps of workflow/development-goal-workflow.xml). */
public enum GoalStatus {
    DRAFT, AGREED, IN_PROGRESS, IN_REVIEW, ACHIEVED, DROPPED;

    public boolean isOpen() {
        return this != ACHIEVED && this != DROPPED;
    }
}
