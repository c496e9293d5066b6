package com.atlassian.jira.issue.customfields;

/** Signature-only stub. */
public interface CustomFieldSearcher {
}
