package com.atlassian.jira.plugin.workflow;

import java.util.Map;

/** Signature-only stub [V reference B.4]. */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, com.opensymphony.workflow.loader.AbstractDescriptor descriptor); // [V]

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams); // [V]
}
