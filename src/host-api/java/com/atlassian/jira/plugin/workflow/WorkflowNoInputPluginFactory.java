package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/** Signature-only stub; named in atlassian-plugin.xml only (Jira instantiates it). */
public class WorkflowNoInputPluginFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginFunctionFactory {
    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        throw new UnsupportedOperationException("stub");
    }
}
