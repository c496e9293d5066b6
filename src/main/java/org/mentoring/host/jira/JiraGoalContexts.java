package org.mentoring.host.jira;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.WorkflowContext;
import java.util.Map;
import org.mentoring.goal.GoalTransitionContext;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.jira.workflow.GoalContexts;

/**
 * The goal context of a Jira workflow call, from the issue being created or moved: the goal row linked to it
 * (or, during create, a draft from the issue and its relationship field), the relationship's status, the caller
 * from OSWorkflow's context, and the transition's comment (which is also the reason Jira's screens ask for).
 */
final class JiraGoalContexts implements GoalContexts {
    /** Jira's transient variables: the issue, the issue before the change, the workflow context, the comment. */
    static final String ISSUE = "issue";
    static final String ORIGINAL_ISSUE = "originalissueobject";
    static final String CONTEXT = "context";
    static final String COMMENT = "comment";

    private final GoalIssues issues;
    private final IssueGoals goals;

    JiraGoalContexts(GoalIssues issues, IssueGoals goals) {
        this.issues = issues;
        this.goals = goals;
    }

    @Override
    public GoalTransitionContext from(Map<?, ?> vars) {
        Object issue = vars.get(ISSUE);
        if (!(issue instanceof Issue)) {
            issue = vars.get(ORIGINAL_ISSUE);
        }
        if (!(issue instanceof Issue i)) {
            throw new IllegalStateException("No issue among the workflow's transient variables");
        }
        Object comment = vars.get(COMMENT);
        Map<String, String> input = comment instanceof String c && !c.isBlank() ? Map.of("comment", c, "reason", c) : Map.of();
        return goals.context(issues.of(i), callerKey(vars), input);
    }

    /** Jira keeps the caller's user key in OSWorkflow's context (as the OSWorkflow tests' BasicWorkflow does). */
    static String callerKey(Map<?, ?> vars) {
        return vars.get(CONTEXT) instanceof WorkflowContext c ? c.getCaller() : null;
    }
}
