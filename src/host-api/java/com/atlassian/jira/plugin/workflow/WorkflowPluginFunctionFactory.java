package com.atlassian.jira.plugin.workflow;

/** Signature-only stub [V usage reference B.4: marker]. */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
