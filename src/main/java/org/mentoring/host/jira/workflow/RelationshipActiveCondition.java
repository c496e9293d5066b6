package org.mentoring.host.jira.workflow;

import org.mentoring.goal.GoalRules;

/**
 * Goals move only while their relationship is active. Delegates to {@link GoalRules.Condition#RELATIONSHIP_ACTIVE}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class RelationshipActiveCondition extends GoalRuleCondition {
    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public RelationshipActiveCondition() {
        this(null);
    }

    public RelationshipActiveCondition(GoalContexts contexts) {
        super(GoalRules.Condition.RELATIONSHIP_ACTIVE, contexts);
    }
}
