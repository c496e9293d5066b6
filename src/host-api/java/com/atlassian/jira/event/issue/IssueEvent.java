package com.atlassian.jira.event.issue;

/** Signature-only stub [V reference B.5 usage: getUser().getKey(), getEventTypeId(); getIssue() used by public listeners]. */
public class IssueEvent {
    public com.atlassian.jira.issue.Issue getIssue() { // [V] usage issueEvent.getIssue().getId()
        throw new UnsupportedOperationException("stub");
    }

    public com.atlassian.jira.user.ApplicationUser getUser() { // [V]
        throw new UnsupportedOperationException("stub");
    }

    public Long getEventTypeId() { // [V]
        throw new UnsupportedOperationException("stub");
    }
}
