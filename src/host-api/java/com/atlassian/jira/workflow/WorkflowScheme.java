package com.atlassian.jira.workflow;

/** Signature-only stub [V reference B.5: AssignableWorkflowScheme extends it]. */
public interface WorkflowScheme {
    Long getId(); // [I] null for the default scheme

    String getConfiguredWorkflow(String issueTypeId); // [V] usage: the workflow an issue type gets (its mapping, else the default)

    java.util.Map<String, String> getMappings(); // [I] explicit issue type id to workflow name mappings
}
