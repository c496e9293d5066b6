package com.atlassian.jira.issue.customfields;

/** Signature-only stub. */
public interface CustomFieldType<T, S> {
}
