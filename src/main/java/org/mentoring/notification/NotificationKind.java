package org.mentoring.notification;

import java.util.Locale;

/** What a notification is about: the unit people choose delivery for and unsubscribe from. */
public enum NotificationKind {
    PROPOSAL, RELATIONSHIP, AGREEMENT, GOAL, FEEDBACK, SESSION, INTRODUCTION;

    private static final String RELATIONSHIP_NOTICE = "mentoring.relationship.notify.";

    public static NotificationKind of(String messageKey) {
        if (messageKey.startsWith(RELATIONSHIP_NOTICE + "AGREEMENT_")) {
            return AGREEMENT;
        }
        if (messageKey.startsWith(RELATIONSHIP_NOTICE)) {
            String type = messageKey.substring(RELATIONSHIP_NOTICE.length());
            return switch (type) {
                case "PROPOSE", "ACCEPT", "DECLINE", "WITHDRAW", "EXPIRE", "DEPARTED_WITHDRAW" -> PROPOSAL;
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
