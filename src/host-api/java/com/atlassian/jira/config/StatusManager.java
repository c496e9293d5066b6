package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;

/** Signature-only stub. */
public interface StatusManager {
    Status createStatus(String name, String description, String iconUrl, StatusCategory category);

    java.util.Collection<Status> getStatuses();

    Status getStatus(String id);
}
