package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

/** Signature-only stub [V reference B.5 (Jira 6.3+ source), and a Platform-8 (jakarta) plugin calling createIssueType(name, desc, avatarId)]. */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId); // [V] adds the type to the default issue type scheme

    java.util.Collection<IssueType> getIssueTypes(); // [V]

    IssueType getIssueType(String id); // [V]
}
