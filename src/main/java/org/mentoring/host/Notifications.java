package org.mentoring.host;

import java.util.List;

/** Tells someone something happened (mail or in-app, as the host does it). */
public interface Notifications {
    /** {@code key} and {@code args} are an i18n message; {@code link} is the page it is about, relative to the base URL. */
    record Notification(String recipientKey, String key, List<Object> args, String link) {
        public Notification {
            args = List.copyOf(args);
        }
    }

    void send(Notification notification);
}
