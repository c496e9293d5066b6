package org.mentoring.host.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import org.mentoring.goal.GoalRules;

/** A workflow condition that asks one of {@link GoalRules.Condition}. Subclasses only pick the rule. */
abstract class GoalRuleCondition implements Condition {
    private final GoalRules.Condition rule;
    private GoalContexts contexts;

    GoalRuleCondition(GoalRules.Condition rule, GoalContexts contexts) {
        this.rule = rule;
        this.contexts = contexts;
    }

    /**
     * Jira creates workflow classes through the plugin's Spring container with AUTOWIRE_AUTODETECT, which, for a class
     * with a public no-arg constructor (kept for plain OSWorkflow), injects by type through setters: this one.
     * [V: Jira's DefaultComponentClassManager.newInstanceFromPlugin → AutowireCapablePlugin.autowire(clazz) → AUTODETECT]
     */
    public void setGoalContexts(GoalContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return rule.test(GoalContexts.resolve(transientVars, contexts));
    }
}
