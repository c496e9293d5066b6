package com.atlassian.jira.workflow;

/** Signature-only stub. */
public abstract class AbstractJiraWorkflow implements JiraWorkflow {
}
