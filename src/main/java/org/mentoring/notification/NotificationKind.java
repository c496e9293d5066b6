package org.mentoring.notification;

import java.util.Locale;

/** What a notification is about: the unit people choose delivery for and unsubscribe from. */
public enum NotificationKind {
    PROPOSAL, RELATIONSHIP, AGREEMENT, GOAL, FEEDBACK, SESSION, INTRODUCTION,
    /** Scheduled nudges about something waiting in a mentorship (an answer, a meeting, a check-in, a due date, a round). */
    REMINDER,
    /** A program's events: enrolment closing, matches published, the program ending. */
    PROGRAM;

    /** Program notices: {@code mentoring.program.notify.MATCHES_PUBLISHED} (args: the program's name) is for matching to send. */
    public static final String PROGRAM_NOTICE = "mentoring.program.notify.";
    private static final String REMINDER_NOTICE = "mentoring.reminder.notify.";

    private static final String RELATIONSHIP_NOTICE = "mentoring.relationship.notify.";

    public static NotificationKind of(String messageKey) {
        if (messageKey.startsWith(PROGRAM_NOTICE) || messageKey.equals(REMINDER_NOTICE + "ENROLMENT_CLOSING")
                || messageKey.equals(REMINDER_NOTICE + "PROGRAM_ENDING") || messageKey.equals(REMINDER_NOTICE + "MENTORSHIP_ENDING")) {
            return PROGRAM;
        }
        if (messageKey.startsWith(REMINDER_NOTICE)) {
            return REMINDER;
        }
        if (messageKey.startsWith(RELATIONSHIP_NOTICE + "AGREEMENT_")) {
            return AGREEMENT;
        }
        if (messageKey.startsWith(RELATIONSHIP_NOTICE)) {
            String type = messageKey.substring(RELATIONSHIP_NOTICE.length());
            return switch (type) {
                case "PROPOSE", "ACCEPT", "DECLINE", "WITHDRAW", "EXPIRE", "DEPARTED_WITHDRAW", "MATCH_PROPOSE", "MATCH_ACCEPT_FIRST",
                     "MATCH_ACCEPT", "MATCH_DECLINE", "MATCH_EXPIRE" -> PROPOSAL;
                default -> RELATIONSHIP;
            };
        }
        if (messageKey.startsWith("mentoring.goal.")) {
            return GOAL;
        }
        if (messageKey.startsWith("mentoring.feedback.")) {
            return FEEDBACK;
        }
        if (messageKey.startsWith("mentoring.session.")) {
            return SESSION;
        }
        if (messageKey.startsWith("mentoring.introduction.")) {
            return INTRODUCTION;
        }
        throw new IllegalArgumentException("No notification kind for " + messageKey);
    }

    /** Its i18n key: {@code mentoring.notify.kind.goal}. */
    public String textKey() {
        return "mentoring.notify.kind." + name().toLowerCase(Locale.ROOT);
    }
}
