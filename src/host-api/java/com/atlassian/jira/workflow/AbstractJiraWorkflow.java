package com.atlassian.jira.workflow;

/** Signature-only stub [V reference B.5: ConfigurableJiraWorkflow's superclass]. */
public abstract class AbstractJiraWorkflow implements JiraWorkflow {
}
