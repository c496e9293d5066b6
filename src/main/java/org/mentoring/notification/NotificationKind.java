package org.mentoring.notification;

import java.util.Locale;

/** What a notification is about: the unit people choose delivery for and unsubscribe from. */
public enum NotificationKind {
    PROPOSAL, RELATIONSHIP, AGREEMENT, GOAL, FEEDBACK, SESSION;

    public static NotificationKind of(String messageKey) {
        if (messageKey.startsWith("mentoring.relationship.notify.AGREEMENT_")) {
            return AGREEMENT;
        }
        if (messageKey.startsWith("mentoring.relationship.notify.")) {
            String type = messageKey.substring("mentoring.relationship.notify.".length());
            return switch (type) {
                case "PROPOSE", "ACCEPT", "DECLINE", "WITHDRAW", "EXPIRE" -> PROPOSAL;
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
        throw new IllegalArgumentException("No notification kind for " + messageKey);
    }

    /** Its i18n key: {@code mentoring.notify.kind.goal}. */
    public String textKey() {
        return "mentoring.notify.kind." + name().toLowerCase(Locale.ROOT);
    }
}
