package com.atlassian.jira.workflow;

/** Signature-only stub [V reference B.5 / D]. */
public final class WorkflowUtil {
    private WorkflowUtil() {
    }

    public static com.opensymphony.workflow.loader.WorkflowDescriptor convertXMLtoWorkflowDescriptor(String xml)
            throws com.opensymphony.workflow.FactoryException { // [V]
        throw new UnsupportedOperationException("stub");
    }
}
