package com.atlassian.jira.plugin.workflow;

/** Signature-only stub. */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
