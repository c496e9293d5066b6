package com.atlassian.jira.issue.fields;

/** Signature-only stub. */
public interface CustomField {
    String getId();

    Long getIdAsLong();
}
