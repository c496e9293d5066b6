package org.mentoring.host.jira;

import org.mentoring.goal.GoalTracker;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.jira.workflow.GoalContexts;

/**
 * What Jira adds to the app: goals as issues, their workflow contexts, the installer and the issue listener. A bean of
 * this type exists only in Jira (META-INF/plugin-components/component-jira), and no Jira type appears in its
 * signature, so {@link JiraHost} and the Spring wiring load no Jira class in Confluence.
 */
public interface JiraParts {
    GoalTracker tracker();

    GoalContexts contexts();

    ProjectSetup installer();

    /** The issue event listener, registered with the event publisher while the plugin runs. */
    Object listener();
}
