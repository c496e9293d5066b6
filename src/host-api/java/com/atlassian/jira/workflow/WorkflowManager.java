package com.atlassian.jira.workflow;

/** Signature-only stub. */
public interface WorkflowManager {
    JiraWorkflow getWorkflow(String name);

    void createWorkflow(com.atlassian.jira.user.ApplicationUser creator, JiraWorkflow workflow);
}
