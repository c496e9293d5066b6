package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;

/** Signature-only stub. */
public interface WorkflowSchemeManager {
    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

    boolean isUsingDefaultScheme(Project project);

    AssignableWorkflowScheme.Builder assignableBuilder();

    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme scheme);

    AssignableWorkflowScheme updateWorkflowScheme(AssignableWorkflowScheme scheme);

    com.atlassian.jira.scheme.Scheme getSchemeObject(Long id);

    void addSchemeToProject(Project project, com.atlassian.jira.scheme.Scheme scheme);

    void clearWorkflowCache();
}
