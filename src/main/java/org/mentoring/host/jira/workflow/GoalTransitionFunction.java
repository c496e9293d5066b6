package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import java.util.Map;
import org.mentoring.goal.GoalTransitionEffects;
import org.mentoring.goal.GoalWorkflow;

/**
 * After a goal moves: history entry, notification to the other member, relationship progress summary,
 * through {@link GoalTransitionEffects}. Its class name is stored in the goal workflow: never rename or move it.
 */
public class GoalTransitionFunction implements FunctionProvider {
    private final GoalContexts contexts;
    private final GoalTransitionEffects effects;

    /** Used by OSWorkflow itself; context and effects must be in the transient variables. */
    public GoalTransitionFunction() {
        this(null, null);
    }

    /** What Jira calls: the plugin system builds workflow classes by constructor autowiring, the greediest constructor it can fill. */
    public GoalTransitionFunction(GoalContexts contexts, GoalTransitionEffects effects) {
        this.contexts = contexts;
        this.effects = effects;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        GoalTransitionEffects target = effects != null ? effects : (GoalTransitionEffects) transientVars.get(GoalTransitionEffects.KEY);
        if (target == null) {
            throw new IllegalStateException("No goal transition effects available");
        }
        Object actionId = transientVars.get("actionId");
        int action = actionId instanceof Integer i ? i : GoalWorkflow.CREATE_ACTION;
        target.transitioned(GoalContexts.resolve(transientVars, contexts), action);
    }
}
