package org.mentoring.reminder;

/**
 * What a reminder is about. Its message is {@code mentoring.reminder.notify.<name>}: {0} the person it names (the
 * other member), {1} what they are to the reader, then the type's own arguments (dates, a goal's title, a program's
 * name) — never notes or feedback.
 */
public enum ReminderType {
    /** A proposal to the reader has waited for an answer for some days. */
    PROPOSAL_WAITING,
    /** A proposal to the reader expires soon. */
    PROPOSAL_EXPIRING,
    /** A program's proposal to the reader and another member has waited for some days (the program proposed, not {0}). */
    MATCH_PROPOSAL_WAITING,
    /** A program's proposal to the reader and another member expires soon. */
    MATCH_PROPOSAL_EXPIRING,
    /** The reader has not accepted the agreement the other member wrote. */
    AGREEMENT_WAITING,
    /** The pair is behind the meeting cadence they agreed. */
    MEETING_OVERDUE,
    /** A goal's check-in is due by the agreed cadence. */
    CHECK_IN_DUE,
    /** A goal's target date is near. */
    GOAL_DUE_SOON,
    /** A goal's target date has passed. */
    GOAL_OVERDUE,
    /** A blind feedback round the reader has not given feedback in closes soon. */
    ROUND_CLOSING,
    /** A program's enrolment closes soon (to its managers). */
    ENROLMENT_CLOSING,
    /** A program the reader takes part in ends soon (to those approved in it without a live mentorship in it). */
    PROGRAM_ENDING,
    /** The reader's mentorship ends soon with its program, unless both members choose to go on informally. */
    MENTORSHIP_ENDING;

    public static final String PREFIX = "mentoring.reminder.notify.";

    public String messageKey() {
        return PREFIX + name();
    }
}
