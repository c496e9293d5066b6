package com.atlassian.jira.issue.issuetype;

/** Signature-only stub [V usage getId(), getName()]. */
public interface IssueType {
    String getId(); // [V]

    String getName(); // [V]
}
