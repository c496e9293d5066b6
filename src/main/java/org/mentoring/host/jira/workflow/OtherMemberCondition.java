package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import org.mentoring.goal.GoalRules;

/**
 * The member who does not own the goal agrees to it and signs it off. Delegates to {@link GoalRules.Condition#OTHER_MEMBER}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class OtherMemberCondition implements Condition {
    private final GoalContexts contexts;

    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public OtherMemberCondition() {
        this(null);
    }

    public OtherMemberCondition(GoalContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return GoalRules.Condition.OTHER_MEMBER.test(GoalContexts.resolve(transientVars, contexts));
    }
}
