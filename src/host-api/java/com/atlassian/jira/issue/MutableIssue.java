package com.atlassian.jira.issue;

/** Signature-only stub [V usage: IssueService results return MutableIssue]. */
public interface MutableIssue extends Issue {
}
