package com.atlassian.jira.event.issue;

/** Signature-only stub. */
public interface JiraIssueEvent {
}
