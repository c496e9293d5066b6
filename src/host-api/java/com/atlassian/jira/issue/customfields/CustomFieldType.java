package com.atlassian.jira.issue.customfields;

/** Signature-only stub [V usage: customFieldManager.getCustomFieldType("com.atlassian.jira.plugin.system.customfieldtypes:…")]. */
public interface CustomFieldType<T, S> {
}
