package com.atlassian.jira.issue.context;

/** Signature-only stub [V usage: GlobalIssueContext.getInstance() as the context of a custom field for all projects]. */
public class GlobalIssueContext implements JiraContextNode {
    public static JiraContextNode getInstance() { // [V] usage (return type [I])
        throw new UnsupportedOperationException("stub");
    }
}
