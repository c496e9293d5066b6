package com.atlassian.jira.workflow;

/** Signature-only stub. Builder methods are declared on the generic builder, as in Jira: their erased return type is {@code WorkflowScheme$Builder}. */
public interface WorkflowScheme {
    Long getId();

    /** The workflow issues of this type get: the explicit mapping, else the scheme's default. Never null. */
    String getActualWorkflow(String issueTypeId);

    /** Only an explicit mapping for the type, or null: never the default. */
    String getConfiguredWorkflow(String issueTypeId);

    /** Explicit issue type id to workflow name mappings; the null key holds the configured default, if any. */
    java.util.Map<String, String> getMappings();

    interface Builder<T extends Builder<T>> {
        T setDefaultWorkflow(String workflowName);

        T setMapping(String issueTypeId, String workflowName);
    }
}
