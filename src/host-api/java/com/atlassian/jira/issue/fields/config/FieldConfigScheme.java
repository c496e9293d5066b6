package com.atlassian.jira.issue.fields.config;

/** Signature-only stub [V reference B.5: what IssueTypeSchemeManager hands out]. */
public interface FieldConfigScheme {
}
