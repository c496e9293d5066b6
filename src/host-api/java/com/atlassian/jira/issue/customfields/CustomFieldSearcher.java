package com.atlassian.jira.issue.customfields;

/** Signature-only stub [V usage: customFieldManager.getCustomFieldSearcher(key)]. */
public interface CustomFieldSearcher {
}
