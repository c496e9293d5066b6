package org.mentoring.host.jira.workflow;

import org.mentoring.goal.GoalRules;

/**
 * Only the mentor and the mentee of the goal's relationship move it. Delegates to {@link GoalRules.Condition#MEMBER}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class RelationshipMemberCondition extends GoalRuleCondition {
    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public RelationshipMemberCondition() {
        this(null);
    }

    public RelationshipMemberCondition(GoalContexts contexts) {
        super(GoalRules.Condition.MEMBER, contexts);
    }
}
