package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;

/** Signature-only stub [V reference B.5 (Black Duck's mock); the SchemeManager methods it inherits are declared here]. */
public interface WorkflowSchemeManager {
    AssignableWorkflowScheme getWorkflowSchemeObj(Project project); // [V]

    boolean isUsingDefaultScheme(Project project); // [V] usage (Jira's project-config workflow dispatcher)

    AssignableWorkflowScheme.Builder assignableBuilder(); // [V]

    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme scheme); // [V]

    AssignableWorkflowScheme updateWorkflowScheme(AssignableWorkflowScheme scheme); // [V] Black Duck's install path

    com.atlassian.jira.scheme.Scheme getSchemeObject(Long id); // [I] inherited from SchemeManager

    void addSchemeToProject(Project project, com.atlassian.jira.scheme.Scheme scheme); // [V] inherited from SchemeManager

    void clearWorkflowCache(); // [V]
}
