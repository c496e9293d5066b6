package org.mentoring.host.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;

/** Jira's workflow editor factory for the goal validators without arguments (ready, create). */
public class NoInputValidatorFactory extends NoInputFactory implements WorkflowPluginValidatorFactory {
}
