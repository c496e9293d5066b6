package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/** Signature-only stub [V reference B.5 (source and Black Duck's mock); update(scheme, ids) also used by a Platform-8 plugin]. */
public interface IssueTypeSchemeManager {
    FieldConfigScheme getConfigScheme(Project project); // [V]

    @SuppressWarnings("rawtypes")
    FieldConfigScheme update(FieldConfigScheme scheme, Collection optionIds); // [V] issue type ids

    boolean isDefaultIssueTypeScheme(FieldConfigScheme scheme); // [V]

    Collection<IssueType> getIssueTypesForProject(Project project); // [V]
}
