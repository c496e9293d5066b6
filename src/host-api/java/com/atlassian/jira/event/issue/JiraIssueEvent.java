package com.atlassian.jira.event.issue;

/** Signature-only stub [V usage: IssueEventBundle.getEvents() elements]. */
public interface JiraIssueEvent {
}
