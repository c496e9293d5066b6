package com.atlassian.jira.workflow;

/** Signature-only stub [V reference B.5]. */
public interface JiraWorkflow {
    String getName(); // [V] usage
}
