package org.mentoring.host.jira.workflow;

import org.mentoring.goal.GoalRules;

/**
 * The member who does not own the goal agrees to it and signs it off. Delegates to {@link GoalRules.Condition#OTHER_MEMBER}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class OtherMemberCondition extends GoalRuleCondition {
    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public OtherMemberCondition() {
        this(null);
    }

    public OtherMemberCondition(GoalContexts contexts) {
        super(GoalRules.Condition.OTHER_MEMBER, contexts);
    }
}
