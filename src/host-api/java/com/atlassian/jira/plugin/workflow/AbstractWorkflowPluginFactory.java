package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/** Signature-only stub [V reference B.4: generic shapes from Slack's SlackPostFunctionFactory (Platform 8)]. */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) { // [V] dispatches on "view"/"input-parameters"/"edit-parameters"
        throw new UnsupportedOperationException("stub");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams); // [V]

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor); // [V]

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor); // [V]
}
