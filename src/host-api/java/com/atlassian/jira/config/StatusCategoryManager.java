package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

/** Signature-only stub [V usage: Jira upgrade task and public plugins call getStatusCategoryByKey]. */
public interface StatusCategoryManager {
    StatusCategory getStatusCategoryByKey(String key); // [V]
}
