package org.mentoring.host.jira.workflow;

import org.mentoring.goal.GoalRules;

/**
 * Goals are created by members of an active relationship, for either member. Delegates to {@link GoalRules.Validator#CREATE}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class GoalCreateValidator extends GoalRuleValidator {
    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public GoalCreateValidator() {
        this(null);
    }

    public GoalCreateValidator(GoalContexts contexts) {
        super(GoalRules.Validator.CREATE, contexts);
    }
}
