package com.atlassian.jira.workflow;

/** Signature-only stub. */
public class ConfigurableJiraWorkflow extends AbstractJiraWorkflow {
    public ConfigurableJiraWorkflow(String name, com.opensymphony.workflow.loader.WorkflowDescriptor descriptor,
                                    WorkflowManager workflowManager) {
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stub");
    }
}
