package org.mentoring.host.jira;

import org.mentoring.admin.MentoringScope;
import org.mentoring.goal.GoalTracker;
import org.mentoring.goal.IssueGoals;
import org.mentoring.goal.StoredGoalTracker;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.Settings;
import org.mentoring.host.jira.workflow.GoalContexts;

/** The Jira adapters, built together from Jira's services and the graph's parts. */
final class JiraComponents implements JiraParts {
    private final GoalTracker tracker;
    private final GoalContexts contexts;
    private final ProjectSetup installer;
    private final GoalIssueListener listener;

    JiraComponents(JiraServices jira, Settings settings, MentoringScope scope, IssueGoals goals, StoredGoalTracker stored) {
        JiraGoalSettings ids = new JiraGoalSettings(settings);
        GoalIssues issues = new GoalIssues(ids, jira.customFields());
        this.tracker = new JiraGoalTracker(jira, ids, scope, goals, stored);
        this.contexts = new JiraGoalContexts(issues, goals);
        this.installer = new JiraGoalInstaller(jira, ids);
        this.listener = new GoalIssueListener(issues, goals);
    }

    @Override
    public GoalTracker tracker() {
        return tracker;
    }

    @Override
    public GoalContexts contexts() {
        return contexts;
    }

    @Override
    public ProjectSetup installer() {
        return installer;
    }

    @Override
    public Object listener() {
        return listener;
    }
}
