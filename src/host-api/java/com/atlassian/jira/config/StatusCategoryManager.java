package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

/** Signature-only stub. */
public interface StatusCategoryManager {
    StatusCategory getStatusCategoryByKey(String key);
}
