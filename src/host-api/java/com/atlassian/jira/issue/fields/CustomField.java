package com.atlassian.jira.issue.fields;

/** Signature-only stub [V usage getId() ("customfield_10010"), getIdAsLong()]. */
public interface CustomField {
    String getId(); // [V]

    Long getIdAsLong(); // [V]
}
