package org.mentoring.host.jira.workflow;

import org.mentoring.goal.GoalRules;

/**
 * A goal is agreed only once it has success criteria and a target date. Delegates to {@link GoalRules.Validator#READY}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class GoalReadyValidator extends GoalRuleValidator {
    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public GoalReadyValidator() {
        this(null);
    }

    public GoalReadyValidator(GoalContexts contexts) {
        super(GoalRules.Validator.READY, contexts);
    }
}
