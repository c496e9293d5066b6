package org.mentoring.goal;

/** Where a relationship's goals stand: how many, how many open and achieved, and the open goals' average progress. */
public record GoalProgress(int total, int open, int achieved, int averageProgress) {
    public static final GoalProgress NONE = new GoalProgress(0, 0, 0, 0);
}
