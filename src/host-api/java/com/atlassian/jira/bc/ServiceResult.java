package com.atlassian.jira.bc;

/** Signature-only stub. */
public interface ServiceResult {
    boolean isValid();

    com.atlassian.jira.util.ErrorCollection getErrorCollection();
}
