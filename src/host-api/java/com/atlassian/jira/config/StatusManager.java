package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;

/** Signature-only stub [V: Jira's DefaultStatusManager source (createStatus asserts a non-blank iconUrl); getStatuses() usage]. */
public interface StatusManager {
    Status createStatus(String name, String description, String iconUrl, StatusCategory category); // [V]

    java.util.Collection<Status> getStatuses(); // [V] usage: for (Status status : statusManager.getStatuses())

    Status getStatus(String id); // [I]
}
