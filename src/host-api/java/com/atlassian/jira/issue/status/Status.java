package com.atlassian.jira.issue.status;

/** Signature-only stub. */
public interface Status {
    String getId();

    String getName();
}
