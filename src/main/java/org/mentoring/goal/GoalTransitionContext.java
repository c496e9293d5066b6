package org.mentoring.goal;

import java.util.Map;
import org.mentoring.relationship.RelationshipStatus;

/**
 * Everything the goal workflow's rules judge: the goal (as it is before the transition), the status
 * of its relationship, who is moving it, and what they typed (a comment, a reason).
 * Hosts build it: the goal tracker from its store, the Jira adapters from the issue being moved.
 */
public record GoalTransitionContext(Goal goal, RelationshipStatus relationshipStatus, String callerKey,
                                    Map<String, String> input) {
    /** Where the store-backed tracker and tests put the context among OSWorkflow's transient variables. */
    public static final String KEY = "org.mentoring.goal.context";

    public GoalTransitionContext {
        input = Map.copyOf(input);
    }

    public String text(String field) {
        String value = input.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
