package org.mentoring.host.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Date;
import java.util.Optional;
import org.mentoring.admin.MentoringScope;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalTracker;
import org.mentoring.goal.GoalTransitionContext;
import org.mentoring.goal.GoalWorkflow;
import org.mentoring.goal.IssueGoals;

/**
 * Goals as Jira issues. Creating one creates a Development Goal issue (with the relationship field) in a project
 * where mentoring is enabled; moving one runs the issue's transition, so Jira applies the workflow's conditions,
 * validators and post-function (which keeps the goal row in step). Jira's refusals come back as the app's problems.
 * Goals without an issue (recorded before Jira tracked goals) keep moving in the app's own tracker.
 */
final class JiraGoalTracker implements GoalTracker {
    private final JiraServices jira;
    private final JiraGoalSettings settings;
    private final MentoringScope scope;
    private final IssueGoals goals;
    private final GoalTracker stored;

    JiraGoalTracker(JiraServices jira, JiraGoalSettings settings, MentoringScope scope, IssueGoals goals, GoalTracker stored) {
        this.jira = jira;
        this.settings = settings;
        this.scope = scope;
        this.goals = goals;
        this.stored = stored;
    }

    @Override
    public Goal create(GoalTransitionContext draft) {
        Goal goal = draft.goal();
        ApplicationUser actor = user(draft.callerKey());
        String typeId = settings.issueTypeId().orElseThrow(JiraGoalTracker::notInstalled);
        long fieldId = settings.fieldId().orElseThrow(JiraGoalTracker::notInstalled);
        Project project = goalProject();
        IssueService issues = jira.issueService();
        IssueInputParameters params = issues.newIssueInputParameters();
        params.setProjectId(project.getId());
        params.setIssueTypeId(typeId);
        params.setSummary(goal.title());
        if (goal.description() != null) {
            params.setDescription(goal.description());
        }
        if (goal.targetDate() != null) {
            params.setDueDate(jira.dateFieldFormat().formatDatePicker(Date.valueOf(goal.targetDate())));
        }
        params.addCustomFieldValue("customfield_" + fieldId, Long.toString(goal.relationshipId()));
        if (!goal.ownerKey().equals(draft.callerKey())) {
            params.setReporterId(user(goal.ownerKey()).getUsername());
        }
        params.setSkipScreenCheck(true);
        IssueService.IssueResult created = valid(issues.create(actor, valid(issues.validateCreate(actor, params))));
        return goals.createdAs(created.getIssue().getId(), draft);
    }

    @Override
    public Goal transition(GoalTransitionContext context, GoalWorkflow.Action action) {
        Goal goal = context.goal();
        if (goal.issueId() == null) {
            return stored.transition(context, action);
        }
        ApplicationUser actor = user(context.callerKey());
        IssueService issues = jira.issueService();
        IssueInputParameters params = issues.newIssueInputParameters();
        String text = context.text("reason") != null ? context.text("reason") : context.text("comment");
        if (text != null) {
            params.setComment(text);
        }
        params.setSkipScreenCheck(true);
        valid(issues.transition(actor, valid(issues.validateTransition(actor, goal.issueId(), action.id(), params))));
        return goals.byIssue(goal.issueId()).orElseThrow(() -> new NotFoundException("goal"));
    }

    /** The project set for goals, else the first project (by key) where mentoring is enabled and which exists. */
    Project goalProject() {
        Optional<Project> chosen = settings.goalProjectKey().filter(scope::enabledInProject)
                .map(k -> jira.projects().getProjectObjByKey(k));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (String key : scope.projectKeys()) {
            Project p = scope.enabledInProject(key) ? jira.projects().getProjectObjByKey(key) : null;
            if (p != null) {
                return p;
            }
        }
        throw new RuleViolationException(Problem.of(null, "mentoring.jira.goal.noproject"));
    }

    /** Jira's answer, or its refusal as the app's problems. */
    private static <R extends ServiceResult> R valid(R result) {
        if (!result.isValid()) {
            throw JiraErrors.refusal(result.getErrorCollection());
        }
        return result;
    }

    private ApplicationUser user(String key) {
        ApplicationUser user = key == null ? null : jira.users().getUserByKey(key);
        if (user == null) {
            throw new RuleViolationException(Problem.of(null, "mentoring.jira.goal.nouser"));
        }
        return user;
    }

    private static RuleViolationException notInstalled() {
        return new RuleViolationException(Problem.of(null, "mentoring.jira.goal.notinstalled"));
    }
}
