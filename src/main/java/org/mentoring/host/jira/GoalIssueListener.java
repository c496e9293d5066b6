package org.mentoring.host.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.DelegatingJiraIssueEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.JiraIssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import org.mentoring.error.DomainException;
import org.mentoring.goal.IssueGoals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each goal row in step with its Development Goal issue: created, edited (title, description, due date,
 * relationship field, reporter), moved and deleted issues. Listens to {@link IssueEventBundle} (one bundle per
 * change, as Atlassian's Slack app does). Runs on the node where the change happened; every update is idempotent.
 * Issues of other types are ignored without touching the database.
 */
public final class GoalIssueListener {
    private static final Logger LOG = LoggerFactory.getLogger(GoalIssueListener.class);

    private final GoalIssues issues;
    private final IssueGoals goals;

    GoalIssueListener(GoalIssues issues, IssueGoals goals) {
        this.issues = issues;
        this.goals = goals;
    }

    @EventListener
    public void onIssueEvents(IssueEventBundle bundle) {
        for (JiraIssueEvent event : bundle.getEvents()) {
            if (event instanceof DelegatingJiraIssueEvent delegating) {
                onIssueEvent(delegating.asIssueEvent());
            }
        }
    }

    void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (!issues.isGoal(issue)) {
            return;
        }
        String actor = event.getUser() == null ? null : event.getUser().getKey();
        try {
            if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                goals.issueDeleted(issue.getId());
            } else {
                goals.issueChanged(issues.of(issue), actor);
            }
        } catch (DomainException refused) {
            // The issue stays as Jira saved it; the goal keeps its former link. Ids only: no confidential content.
            LOG.warn("Goal issue {} not linked: {}", issue.getId(), refused.problems().get(0).key());
        } catch (RuntimeException e) {
            LOG.error("Goal issue {} could not be mirrored", issue.getId(), e);
        }
    }
}
