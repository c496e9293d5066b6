package org.mentoring.host.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;

/** Jira's workflow editor factory for the goal conditions (member, active, other member): no arguments. */
public class NoInputConditionFactory extends NoInputFactory implements WorkflowPluginConditionFactory {
}
