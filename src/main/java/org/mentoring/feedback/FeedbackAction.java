package org.mentoring.feedback;

import java.util.Locale;

/** What a viewer may do with a piece of feedback now (the API lists them as "acknowledge", "reply", "edit"). */
public enum FeedbackAction {
    ACKNOWLEDGE, REPLY, EDIT;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
