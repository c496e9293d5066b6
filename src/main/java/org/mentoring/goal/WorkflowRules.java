package org.mentoring.goal;

import java.util.List;
import java.util.Optional;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;

/** Applies what a workflow action names (conditions, validators, post-functions) by the rules in {@link GoalRules}. */
final class WorkflowRules {
    private WorkflowRules() {
    }

    static Optional<GoalRules.Condition> firstFailedCondition(GoalWorkflow.Action action, GoalTransitionContext context) {
        for (GoalWorkflow.Rule rule : action.conditions()) {
            GoalRules.Condition condition = GoalRules.CONDITIONS.get(rule.className());
            if (condition == null) {
                throw new IllegalStateException("The goal workflow names an unknown condition " + rule.className());
            }
            if (!condition.test(context)) {
                return Optional.of(condition);
            }
        }
        return Optional.empty();
    }

    /** The action's validators; members who may not act at all are told so (403), not "invalid". */
    static void applyValidators(GoalWorkflow.Action action, GoalTransitionContext context) {
        for (GoalWorkflow.Rule rule : action.validators()) {
            if (GoalRules.JIRA_SYSTEM.contains(rule.className())) {
                continue;
            }
            GoalRules.Validator validator = GoalRules.VALIDATORS.get(rule.className());
            if (validator == null) {
                throw new IllegalStateException("The goal workflow names an unknown validator " + rule.className());
            }
            Optional<Problem> problem = validator.check(context, rule.args());
            if (problem.isPresent()) {
                throw refusal(problem.get());
            }
        }
    }

    /** The exception a rule's refusal becomes: 403 for "members only", 409 for a rule, 400 for a field. */
    static RuntimeException refusal(Problem problem) {
        if (problem.equals(GoalRules.Condition.MEMBER.refusal())) {
            return new ForbiddenException(problem);
        }
        if (problem.field() == null) {
            return new RuleViolationException(problem);
        }
        return new ValidationException(List.of(problem));
    }

    static void runFunctions(GoalWorkflow.Action action, GoalTransitionContext context, GoalTransitionEffects effects) {
        for (GoalWorkflow.Rule rule : action.functions()) {
            if (GoalRules.TRANSITION_FUNCTION.equals(rule.className())) {
                effects.transitioned(context, action.id());
            } else if (!GoalRules.JIRA_SYSTEM.contains(rule.className())) {
                throw new IllegalStateException("The goal workflow names an unknown function " + rule.className());
            }
        }
    }

    static String requiredField(GoalWorkflow.Action action) {
        return action.validators().stream().filter(r -> GoalRules.VALIDATORS.get(r.className()) == GoalRules.Validator.REASON_REQUIRED)
                .map(r -> r.args().getOrDefault("field", "comment")).findFirst().orElse(null);
    }
}
