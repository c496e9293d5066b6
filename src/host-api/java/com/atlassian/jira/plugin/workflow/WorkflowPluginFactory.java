package com.atlassian.jira.plugin.workflow;

import java.util.Map;

/** Signature-only stub. */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, com.opensymphony.workflow.loader.AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
