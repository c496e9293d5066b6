package org.mentoring.goal;

/**
 * The goal operations that differ by host: where a goal is created and how it moves. Where Jira is the host,
 * a goal is an issue and Jira's workflow engine moves it (running the app's conditions, validators and
 * post-function); elsewhere the app stores and moves goals itself ({@link StoredGoalTracker}). Both judge by
 * the same rules ({@link GoalRules}) on the same context; {@link GoalService} calls the tracker after it has
 * checked the input, the caller's access, the goal's version and the transition's conditions.
 */
public interface GoalTracker {
    /**
     * Creates the goal {@code draft} describes ({@code draft.goal()}: id 0, fields already valid; the caller
     * may see its relationship). Runs the workflow's create validators and post-functions; returns the goal as stored.
     */
    Goal create(GoalTransitionContext draft);

    /** Moves {@code context.goal()} along {@code action}, whose conditions passed; returns the goal after it. */
    Goal transition(GoalTransitionContext context, GoalWorkflow.Action action);
}
