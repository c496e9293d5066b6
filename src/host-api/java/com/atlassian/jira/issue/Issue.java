package com.atlassian.jira.issue;

/** Signature-only stub: the subset of Issue the adapters read. */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    java.sql.Timestamp getDueDate();

    com.atlassian.jira.user.ApplicationUser getReporter();

    String getIssueTypeId();

    com.atlassian.jira.issue.status.Status getStatus();

    Object getCustomFieldValue(com.atlassian.jira.issue.fields.CustomField field);
}
