package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import org.mentoring.goal.GoalRules;

/** A workflow condition that asks one of {@link GoalRules.Condition}. Subclasses only pick the rule. */
abstract class GoalRuleCondition implements Condition {
    private final GoalRules.Condition rule;
    private final GoalContexts contexts;

    GoalRuleCondition(GoalRules.Condition rule, GoalContexts contexts) {
        this.rule = rule;
        this.contexts = contexts;
    }


    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return rule.test(GoalContexts.resolve(transientVars, contexts));
    }
}
