package com.atlassian.jira.issue.context;

/** Signature-only stub. */
public interface JiraContextNode {
}
