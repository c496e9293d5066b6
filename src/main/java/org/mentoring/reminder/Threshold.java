package org.mentoring.reminder;

/** A reminder's timing in days, with its default and the range administrators may set. */
public enum Threshold {
    /** Days a proposal waits unanswered before its invitee is reminded. */
    PROPOSAL_WAITING_DAYS("proposalWaitingDays", 3, 1, 60),
    /** Days before an unanswered proposal expires that its invitee is reminded. */
    PROPOSAL_EXPIRING_DAYS("proposalExpiringDays", 2, 1, 60),
    /** Days an agreement waits for a member's acceptance before they are reminded. */
    AGREEMENT_WAITING_DAYS("agreementWaitingDays", 3, 1, 60),
    /** Days past the agreed next meeting before both members are reminded. */
    MEETING_OVERDUE_DAYS("meetingOverdueDays", 1, 0, 60),
    /** Days before a goal's target date that its owner is reminded. */
    GOAL_DUE_SOON_DAYS("goalDueSoonDays", 3, 1, 60),
    /** Days before a blind feedback round closes that members who have not given theirs are reminded. */
    ROUND_CLOSING_DAYS("roundClosingDays", 1, 1, 30),
    /** Days before a program's enrolment closes that its managers are reminded. */
    ENROLMENT_CLOSING_DAYS("enrolmentClosingDays", 3, 1, 60),
    /** Days before a program ends that its people are reminded. */
    PROGRAM_ENDING_DAYS("programEndingDays", 7, 1, 90);

    private final String field;
    private final int defaultDays;
    private final int min;
    private final int max;

    Threshold(String field, int defaultDays, int min, int max) {
        this.field = field;
        this.defaultDays = defaultDays;
        this.min = min;
        this.max = max;
    }

    /** Its name in JSON and in the settings' keys. */
    public String field() {
        return field;
    }

    public int defaultDays() {
        return defaultDays;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
