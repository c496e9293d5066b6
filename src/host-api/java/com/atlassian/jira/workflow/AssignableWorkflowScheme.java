package com.atlassian.jira.workflow;

/** Signature-only stub [V reference B.5, builder methods from Black Duck's mock]. */
public interface AssignableWorkflowScheme extends WorkflowScheme {
    Builder builder(); // [V]

    interface Builder { // [V]
        Builder setName(String name); // [V]

        Builder setDescription(String description); // [V]

        Builder setDefaultWorkflow(String workflowName); // [V]

        Builder setMapping(String issueTypeId, String workflowName); // [V]

        AssignableWorkflowScheme build(); // [V]
    }
}
