package com.atlassian.jira.event.issue;

/** Signature-only stub [V reference B.5, Slack's listener]. */
public interface IssueEventBundle {
    java.util.Collection<JiraIssueEvent> getEvents(); // [V]
}
