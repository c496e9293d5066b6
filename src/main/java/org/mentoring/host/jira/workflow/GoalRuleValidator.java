package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.HashMap;
import java.util.Map;
import org.mentoring.error.Problem;
import org.mentoring.goal.GoalRules;
import org.mentoring.i18n.Messages;

/**
 * A workflow validator that asks one of {@link GoalRules.Validator} and reports its refusal on the field
 * it names, as Jira shows validator errors. Subclasses only pick the rule.
 */
abstract class GoalRuleValidator implements Validator {
    private final GoalRules.Validator rule;
    private final GoalContexts contexts;

    GoalRuleValidator(GoalRules.Validator rule, GoalContexts contexts) {
        this.rule = rule;
        this.contexts = contexts;
    }


    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Map<String, String> stringArgs = new HashMap<>();
        args.forEach((k, v) -> stringArgs.put(String.valueOf(k), String.valueOf(v)));
        var refusal = rule.check(GoalContexts.resolve(transientVars, contexts), stringArgs);
        if (refusal.isPresent()) {
            Problem problem = refusal.get();
            String message = Messages.english(problem);
            throw problem.field() == null ? new InvalidInputException(message) : new InvalidInputException(problem.field(), message);
        }
    }
}
