package com.atlassian.jira.event.issue;

/** Signature-only stub. */
public class IssueEvent {
    public com.atlassian.jira.issue.Issue getIssue() {
        throw new UnsupportedOperationException("stub");
    }

    public com.atlassian.jira.user.ApplicationUser getUser() {
        throw new UnsupportedOperationException("stub");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stub");
    }
}
