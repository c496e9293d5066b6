package org.mentoring.goal;

/** What happens after a goal moves: history, a notification to the other member, the progress summary. */
public interface GoalTransitionEffects {
    /** Where the tracker and tests put the effects among OSWorkflow's transient variables. */
    String KEY = "org.mentoring.goal.effects";

    /** {@code context} holds the goal as it was before {@code actionId} (of {@link GoalWorkflow}) moved it. */
    void transitioned(GoalTransitionContext context, int actionId);
}
