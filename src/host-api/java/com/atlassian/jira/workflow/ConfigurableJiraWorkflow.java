package com.atlassian.jira.workflow;

/** Signature-only stub [V reference B.5 / D, Black Duck's BlackDuckWorkflowSetup]. */
public class ConfigurableJiraWorkflow extends AbstractJiraWorkflow {
    public ConfigurableJiraWorkflow(String name, com.opensymphony.workflow.loader.WorkflowDescriptor descriptor,
                                    WorkflowManager workflowManager) { // [V]
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stub");
    }
}
