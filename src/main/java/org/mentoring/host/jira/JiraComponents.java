package org.mentoring.host.jira;

import org.mentoring.admin.MentoringScope;
import org.mentoring.goal.GoalTracker;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.Settings;
import org.mentoring.host.jira.workflow.GoalContexts;

/** The Jira adapters, built together from Jira's services once {@link JiraHost} knows the host is Jira. */
final class JiraComponents {
    private final GoalTracker tracker;
    private final GoalContexts contexts;
    private final ProjectSetup installer;
    private final GoalIssueListener listener;

    JiraComponents(JiraServices jira, Settings settings, MentoringScope scope, IssueGoals goals, GoalTracker stored) {
        JiraGoalSettings ids = new JiraGoalSettings(settings);
        GoalIssues issues = new GoalIssues(ids, jira.customFields());
        this.tracker = new JiraGoalTracker(jira, ids, scope, goals, stored);
        this.contexts = new JiraGoalContexts(issues, goals);
        this.installer = new JiraGoalInstaller(jira, ids);
        this.listener = new GoalIssueListener(issues, goals);
    }

    GoalTracker tracker() {
        return tracker;
    }

    GoalContexts contexts() {
        return contexts;
    }

    ProjectSetup installer() {
        return installer;
    }

    Object listener() {
        return listener;
    }
}
