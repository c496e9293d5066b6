package org.mentoring.goal;

import org.mentoring.admin.MentoringScope;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.Settings;

/**
 * Where goals live, chosen by the host once, while the app's graph is built: Jira's issues (with the installer that
 * prepares projects for them), or the app's own tables (Confluence, the standalone host).
 */
public interface GoalHosting {
    /** The app's parts a host's choice may use. */
    record Parts(Settings settings, MentoringScope scope, IssueGoals issueGoals, StoredGoalTracker ownTables) {
    }

    /** The tracker that creates and moves goals, and what enabling mentoring in a project prepares there. */
    record Choice(GoalTracker tracker, ProjectSetup projectSetup) {
    }

    Choice choose(Parts parts);

    /** Goals in the app's own tables; projects need nothing. */
    GoalHosting OWN_TABLES = parts -> new Choice(parts.ownTables(), ProjectSetup.NONE);
}
