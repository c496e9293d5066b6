package com.atlassian.jira.issue.status.category;

/** Signature-only stub [V usage: statusCategoryManager.getStatusCategoryByKey(StatusCategory.TO_DO / IN_PROGRESS / COMPLETE)]. */
public interface StatusCategory {
    String TO_DO = "new"; // [I] the key Jira's REST API shows for "To Do"

    String IN_PROGRESS = "indeterminate"; // [I]

    String COMPLETE = "done"; // [I]
}
