package com.atlassian.jira.workflow;

/** Signature-only stub. */
public interface JiraWorkflow {
    String getName();
}
