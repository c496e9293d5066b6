package org.mentoring.host.jira.workflow;

import java.util.Map;
import org.mentoring.goal.GoalTransitionContext;

/**
 * Finds the goal context of a workflow call. The app's tracker (and the OSWorkflow tests) put it in the
 * transient variables under {@link GoalTransitionContext#KEY}; inside Jira an injected implementation
 * ({@code org.mentoring.host.jira.JiraGoalContexts}) builds it from the issue being created or moved.
 */
public interface GoalContexts {
    GoalTransitionContext from(Map<?, ?> transientVars);

    /** Only what the caller put in the transient variables. */
    GoalContexts FROM_TRANSIENT_VARS = vars -> {
        Object context = vars.get(GoalTransitionContext.KEY);
        if (!(context instanceof GoalTransitionContext c)) {
            throw new IllegalStateException("No goal context among the workflow's transient variables");
        }
        return c;
    };

    /** Transient variables first, then {@code fallback} (may be null outside Jira). */
    static GoalTransitionContext resolve(Map<?, ?> vars, GoalContexts fallback) {
        if (vars.get(GoalTransitionContext.KEY) != null || fallback == null) {
            return FROM_TRANSIENT_VARS.from(vars);
        }
        return fallback.from(vars);
    }
}
