package org.mentoring.host.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import java.time.LocalDate;
import org.mentoring.goal.GoalIssue;

/** Reads a Jira issue as the app's {@link GoalIssue}: translation only. */
final class GoalIssues {
    private final JiraGoalSettings settings;
    private final CustomFieldManager fields;

    GoalIssues(JiraGoalSettings settings, CustomFieldManager fields) {
        this.settings = settings;
        this.fields = fields;
    }

    /** An issue of the Development Goal type (the installer's, by id). */
    boolean isGoal(Issue issue) {
        return issue != null && settings.issueTypeId().map(id -> id.equals(issue.getIssueTypeId())).orElse(false);
    }

    GoalIssue of(Issue issue) {
        LocalDate due = issue.getDueDate() == null ? null : issue.getDueDate().toLocalDateTime().toLocalDate();
        String reporter = issue.getReporter() == null ? null : issue.getReporter().getKey();
        return new GoalIssue(issue.getId(), reporter, issue.getSummary(), issue.getDescription(), due,
                issue.getStatus() == null ? null : settings.statusOf(issue.getStatus().getId()).orElse(null), relationshipId(issue));
    }

    /** The "Mentoring relationship" field: a number field holding the relationship's id (null when empty or unreadable). */
    Long relationshipId(Issue issue) {
        CustomField field = settings.fieldId().map(fields::getCustomFieldObject).orElse(null);
        if (field == null) {
            return null;
        }
        Object value = issue.getCustomFieldValue(field);
        if (value instanceof Number n && n.longValue() > 0 && n.doubleValue() == n.longValue()) {
            return n.longValue();
        }
        if (value instanceof String s && s.strip().matches("[1-9][0-9]{0,18}")) {
            return Long.valueOf(s.strip());
        }
        return null;
    }
}
