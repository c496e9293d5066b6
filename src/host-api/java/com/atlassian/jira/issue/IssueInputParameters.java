package com.atlassian.jira.issue;

/** Signature-only stub. */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterName);

    IssueInputParameters setDueDate(String datePickerText);

    IssueInputParameters setComment(String comment);

    IssueInputParameters addCustomFieldValue(String fullFieldId, String... values);

    void setSkipScreenCheck(boolean skip);
}
