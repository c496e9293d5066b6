package com.atlassian.jira.issue;

/** Signature-only stub [U reference B.5; each setter confirmed by public callers of IssueService]. */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId); // [V] usage (chained)

    IssueInputParameters setIssueTypeId(String issueTypeId); // [V] usage

    IssueInputParameters setSummary(String summary); // [V] usage

    IssueInputParameters setDescription(String description); // [V] usage

    IssueInputParameters setReporterId(String reporterName); // [V] usage with user.getUsername() (the user picker's name)

    IssueInputParameters setDueDate(String datePickerText); // [V] usage with dateFieldFormat.formatDatePicker(date)

    IssueInputParameters setComment(String comment); // [I] listed among IssueInputParameters' setters by a public caller

    IssueInputParameters addCustomFieldValue(String fullFieldId, String... values); // [V] usage with customField.getId()

    void setSkipScreenCheck(boolean skip); // [V] usage
}
