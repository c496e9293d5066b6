package com.atlassian.jira.issue.status;

/** Signature-only stub [V usage getId(), getName()]. */
public interface Status {
    String getId(); // [V]

    String getName(); // [V]
}
