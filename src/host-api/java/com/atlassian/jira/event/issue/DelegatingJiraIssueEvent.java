package com.atlassian.jira.event.issue;

/** Signature-only stub [V: Jira's source, @since 6.3.10]. */
public interface DelegatingJiraIssueEvent extends JiraIssueEvent {
    IssueEvent asIssueEvent(); // [V]
}
