package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/** Signature-only stub. */
public interface IssueTypeSchemeManager {
    FieldConfigScheme getConfigScheme(Project project);

    @SuppressWarnings("rawtypes")
    FieldConfigScheme update(FieldConfigScheme scheme, Collection optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme scheme);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
