package org.mentoring.host;

import java.util.List;

/** Tells someone something happened in one of their mentorships (in the app, and by mail as they choose). */
public interface Notifications {
    /** The role the person named by a notification plays in the recipient's mentorship. */
    enum ActorRole { MENTOR, MENTEE }

    /**
     * {@code key} is an i18n message whose {0} is the display name of {@code actorKey} (the person it names, read when
     * it is shown, so renames follow), {1} what that person is to the recipient ("your mentor"), and {2}… {@code args}.
     * {@code args} never hold private content (notes, feedback text, reasons). {@code link} is relative to the base URL.
     */
    record Notification(String recipientKey, String actorKey, ActorRole actorRole, String key, List<Object> args, String link) {
        public Notification {
            args = List.copyOf(args);
        }
    }

    void send(Notification notification);

    /** The question a notification asked is answered: whatever of {@code key} about {@code link} nobody has seen yet goes away. */
    void retract(String key, String link);
}
