package com.atlassian.jira.issue.status.category;

/** Signature-only stub. */
public interface StatusCategory {
    String TO_DO = "new";

    String IN_PROGRESS = "indeterminate";

    String COMPLETE = "done";
}
