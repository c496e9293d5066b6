package com.atlassian.jira.issue;

/** Signature-only stub. */
public interface MutableIssue extends Issue {
}
