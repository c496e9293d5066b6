package com.atlassian.jira.event.issue;

/** Signature-only stub. */
public interface DelegatingJiraIssueEvent extends JiraIssueEvent {
    IssueEvent asIssueEvent();
}
