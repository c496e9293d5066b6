package com.atlassian.jira.issue.issuetype;

/** Signature-only stub. */
public interface IssueType {
    String getId();

    String getName();
}
