package org.mentoring.host.jira.workflow;

import org.mentoring.goal.GoalRules;

/**
 * Dropping needs a reason, sending back needs a comment (the field argument says which). Delegates to {@link GoalRules.Validator#REASON_REQUIRED}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class ReasonRequiredValidator extends GoalRuleValidator {
    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public ReasonRequiredValidator() {
        this(null);
    }

    public ReasonRequiredValidator(GoalContexts contexts) {
        super(GoalRules.Validator.REASON_REQUIRED, contexts);
    }
}
