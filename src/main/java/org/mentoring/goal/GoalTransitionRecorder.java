package org.mentoring.goal;

import java.time.Clock;
import java.util.List;
import org.mentoring.host.Notifications;
import org.mentoring.web.PageLinks;

/**
 * The effects of a goal moving, wherever it moved (the app's tracker, or Jira through the workflow's
 * post-function): the history entry, a notification to the other member, the relationship's summary.
 */
public final class GoalTransitionRecorder implements GoalTransitionEffects {
    private final GoalStore store;
    private final Notifications notifications;
    private final Clock clock;

    public GoalTransitionRecorder(GoalStore store, Notifications notifications, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void transitioned(GoalTransitionContext context, int actionId) {
        Goal before = context.goal();
        GoalWorkflow workflow = GoalWorkflow.definition();
        GoalWorkflow.Action action = actionId == GoalWorkflow.CREATE_ACTION ? workflow.create()
                : workflow.action(actionId).orElseThrow(() -> new IllegalArgumentException("No workflow action " + actionId));
        GoalStatus to = workflow.statusOfStep(action.targetStep());
        boolean create = actionId == GoalWorkflow.CREATE_ACTION;
        String note = context.text("reason") != null ? context.text("reason") : context.text("comment");
        store.appendEvent(before.id(), create ? 1 : before.version() + 1, create ? "CREATE" : "TRANSITION", action.name(),
                context.callerKey(), clock.instant(), create ? null : before.status(), to, note);
        store.refreshSummary(before.relationshipId(), clock.millis());
        String other = context.callerKey().equals(before.mentorKey()) ? before.menteeKey() : before.mentorKey();
        String actor = context.callerKey();
        Notifications.ActorRole role = actor.equals(before.mentorKey()) ? Notifications.ActorRole.MENTOR : Notifications.ActorRole.MENTEE;
        String link = PageLinks.RELATIVE.goal(before.id());
        if (!to.isOpen()) {
            // Achieved or dropped: its unread reminders (org.mentoring.reminder.ReminderType) ask nothing any more.
            for (String reminder : GoalReminders.ALL) {
                notifications.retract(reminder, link);
            }
        }
        notifications.send(new Notifications.Notification(other, actor, role,
                create ? created(before, other) : "mentoring.goal.notify.moved." + to.name(),
                List.of(before.title()), link));
    }

    /** A new draft asks the member who must agree to it (the one who does not own it) to do so. */
    private static String created(Goal goal, String recipient) {
        return recipient.equals(goal.otherMember()) ? "mentoring.goal.notify.created.agree" : "mentoring.goal.notify.created";
    }
}
