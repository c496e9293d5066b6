package com.atlassian.jira.workflow;

/** Signature-only stub [V reference B.5]. */
public interface WorkflowManager {
    JiraWorkflow getWorkflow(String name); // [V] null when absent

    void createWorkflow(com.atlassian.jira.user.ApplicationUser creator, JiraWorkflow workflow); // [V] usage (may throw Jira's WorkflowException, unchecked)
}
