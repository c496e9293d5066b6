package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import org.mentoring.goal.GoalRules;

/**
 * Goals move only while their relationship is active. Delegates to {@link GoalRules.Condition#RELATIONSHIP_ACTIVE}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class RelationshipActiveCondition implements Condition {
    private final GoalContexts contexts;

    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public RelationshipActiveCondition() {
        this(null);
    }

    public RelationshipActiveCondition(GoalContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return GoalRules.Condition.RELATIONSHIP_ACTIVE.test(GoalContexts.resolve(transientVars, contexts));
    }
}
