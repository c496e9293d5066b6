package com.atlassian.jira.bc;

/** Signature-only stub [V usage isValid(), getErrorCollection()]. */
public interface ServiceResult {
    boolean isValid(); // [V]

    com.atlassian.jira.util.ErrorCollection getErrorCollection(); // [V]
}
