package com.atlassian.jira.issue.context;

/** Signature-only stub [V usage: a List of JiraContextNode scopes a new custom field]. */
public interface JiraContextNode {
}
