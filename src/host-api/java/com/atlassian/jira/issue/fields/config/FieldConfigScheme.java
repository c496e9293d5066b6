package com.atlassian.jira.issue.fields.config;

/** Signature-only stub. */
public interface FieldConfigScheme {
}
