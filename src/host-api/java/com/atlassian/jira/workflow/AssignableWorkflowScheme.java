package com.atlassian.jira.workflow;

/** Signature-only stub. */
public interface AssignableWorkflowScheme extends WorkflowScheme {
    Builder builder();

    interface Builder extends WorkflowScheme.Builder<Builder> {
        Builder setName(String name);

        Builder setDescription(String description);

        AssignableWorkflowScheme build();
    }
}
