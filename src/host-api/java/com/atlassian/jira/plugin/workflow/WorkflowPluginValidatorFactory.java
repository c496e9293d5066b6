package com.atlassian.jira.plugin.workflow;

/** Signature-only stub. */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
