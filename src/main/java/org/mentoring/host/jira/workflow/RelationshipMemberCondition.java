package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import org.mentoring.goal.GoalRules;

/**
 * Only the mentor and the mentee of the goal's relationship move it. Delegates to {@link GoalRules.Condition#MEMBER}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class RelationshipMemberCondition implements Condition {
    private final GoalContexts contexts;

    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public RelationshipMemberCondition() {
        this(null);
    }

    public RelationshipMemberCondition(GoalContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return GoalRules.Condition.MEMBER.test(GoalContexts.resolve(transientVars, contexts));
    }
}
