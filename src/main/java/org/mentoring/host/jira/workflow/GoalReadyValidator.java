package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.HashMap;
import java.util.Map;
import org.mentoring.goal.GoalRules;
import org.mentoring.i18n.Messages;

/**
 * A goal is agreed only once it has success criteria and a target date. Delegates to {@link GoalRules.Validator#READY}.
 * Its class name is stored in the goal workflow: never rename or move it.
 */
public class GoalReadyValidator implements Validator {
    private final GoalContexts contexts;

    /** Used by OSWorkflow itself; the context must be in the transient variables. */
    public GoalReadyValidator() {
        this(null);
    }

    public GoalReadyValidator(GoalContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Map<String, String> stringArgs = new HashMap<>();
        args.forEach((k, v) -> stringArgs.put(String.valueOf(k), String.valueOf(v)));
        var problem = GoalRules.Validator.READY.check(GoalContexts.resolve(transientVars, contexts), stringArgs);
        if (problem.isPresent()) {
            String message = Messages.english(problem.get());
            throw problem.get().field() == null ? new InvalidInputException(message)
                    : new InvalidInputException(problem.get().field(), message);
        }
    }
}
