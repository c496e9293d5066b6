package com.atlassian.jira.issue.context;

/** Signature-only stub. */
public class GlobalIssueContext implements JiraContextNode {
    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException("stub");
    }
}
