package com.atlassian.jira.workflow;

/** Signature-only stub. */
public final class WorkflowUtil {
    private WorkflowUtil() {
    }

    public static com.opensymphony.workflow.loader.WorkflowDescriptor convertXMLtoWorkflowDescriptor(String xml)
            throws com.opensymphony.workflow.FactoryException {
        throw new UnsupportedOperationException("stub");
    }
}
