package org.mentoring.goal;

import java.util.List;

/**
 * The message keys of the reminders about one goal (org.mentoring.reminder.ReminderType, whose notifications link to
 * the goal's page): what leaves "What's new", unread, once the goal no longer asks for it.
 */
final class GoalReminders {
    static final String CHECK_IN_DUE = "mentoring.reminder.notify.CHECK_IN_DUE";
    static final List<String> ALL = List.of(CHECK_IN_DUE, "mentoring.reminder.notify.GOAL_DUE_SOON",
            "mentoring.reminder.notify.GOAL_OVERDUE");

    private GoalReminders() {
    }
}
