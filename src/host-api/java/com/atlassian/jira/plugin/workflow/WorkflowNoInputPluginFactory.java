package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/** Signature-only stub [V reference B.4]; named in atlassian-plugin.xml only (Jira instantiates it). */
public class WorkflowNoInputPluginFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginFunctionFactory {
    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) { // [V]
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) { // [V]
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) { // [V]
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) { // [V] an empty map
        throw new UnsupportedOperationException("stub");
    }
}
