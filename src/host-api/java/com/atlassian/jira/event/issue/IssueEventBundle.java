package com.atlassian.jira.event.issue;

/** Signature-only stub. */
public interface IssueEventBundle {
    java.util.Collection<JiraIssueEvent> getEvents();
}
