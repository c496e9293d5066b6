package com.atlassian.jira.issue;

/** Signature-only stub: the subset of Issue the adapters read [U reference B.5; each confirmed by public callers]. */
public interface Issue {
    Long getId(); // [V] usage

    String getKey(); // [V] usage (DVCS connector, Slack)

    String getSummary(); // [V] usage

    String getDescription(); // [V] usage

    java.sql.Timestamp getDueDate(); // [V] usage (Jira's DateBlockContextProvider: issue.getDueDate())

    com.atlassian.jira.user.ApplicationUser getReporter(); // [V] usage (issue.getReporter().getDisplayName())

    String getIssueTypeId(); // [V] usage (cloningIssueInputParameters.setIssueTypeId(originalIssue.getIssueTypeId()))

    com.atlassian.jira.issue.status.Status getStatus(); // [V] usage, Slack: getStatus().getName()

    Object getCustomFieldValue(com.atlassian.jira.issue.fields.CustomField field); // [I] well known; a number field holds a Double
}
