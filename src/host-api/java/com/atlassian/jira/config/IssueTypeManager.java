package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

/** Signature-only stub. */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    java.util.Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);
}
