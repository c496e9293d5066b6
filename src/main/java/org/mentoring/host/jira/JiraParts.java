package org.mentoring.host.jira;

import org.mentoring.host.PeopleSearch;
import org.mentoring.goal.GoalHosting;
import org.mentoring.goal.GoalTracker;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.jira.workflow.GoalContexts;

/** What Jira adds to the app: goals as issues, their workflow contexts, the installer and the issue listener. No Jira type in its signature. */
public interface JiraParts {
    GoalTracker tracker();

    GoalContexts contexts();

    ProjectSetup installer();

    /** The issue event listener, registered with the event publisher while the plugin runs. */
    Object listener();

    /** Builds Jira's parts from the graph's; only in Jira is there a bean of this type ({@link JiraServices}). */
    interface Builder {
        JiraParts build(GoalHosting.Parts parts);

        /** Jira's own user search, what its user pickers use. */
        PeopleSearch people();
    }
}
