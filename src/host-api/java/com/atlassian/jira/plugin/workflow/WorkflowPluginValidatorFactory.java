package com.atlassian.jira.plugin.workflow;

/** Signature-only stub [I reference B.4: marker]. */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
