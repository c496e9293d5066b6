package org.mentoring.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Notifications;

/**
 * Notifications as their recipient chose them: an in-app row, a mail in the outbox (due now or at the next digest),
 * both or neither. Written in the caller's transaction, so a change that rolls back notifies and mails nobody.
 */
public final class StoredNotifications implements Notifications {
    private final EntityStore store;
    private final DeliveryPreferences preferences;
    private final DigestSchedule digest;
    private final Clock clock;

    public StoredNotifications(EntityStore store, DeliveryPreferences preferences, DigestSchedule digest, Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.digest = digest;
        this.clock = clock;
    }

    @Override
    public void send(Notification n) {
        DeliveryPreferences.Choice choice = preferences.of(n.recipientKey(), NotificationKind.of(n.key()));
        long now = clock.millis();
        if (choice.inApp() != Delivery.OFF) {
            Map<String, Object> values = common(n, NotificationEntity.RECIPIENT_KEY, NotificationEntity.ACTOR_KEY, NotificationEntity.ACTOR_ROLE,
                    NotificationEntity.MESSAGE_KEY, NotificationEntity.ARGS, NotificationEntity.LINK);
            values.put(NotificationEntity.CREATED_AT, now);
            store.create(NotificationEntity.class, values);
        }
        if (choice.email() != Delivery.OFF) {
            Map<String, Object> values = common(n, MailOutboxEntity.RECIPIENT_KEY, MailOutboxEntity.ACTOR_KEY, MailOutboxEntity.ACTOR_ROLE,
                    MailOutboxEntity.MESSAGE_KEY, MailOutboxEntity.ARGS, MailOutboxEntity.LINK);
            values.put(MailOutboxEntity.CREATED_AT, now);
            boolean inDigest = choice.email() == Delivery.DIGEST;
            values.put(MailOutboxEntity.DIGEST, inDigest);
            values.put(MailOutboxEntity.DUE_AT, inDigest ? digest.next() : now);
            store.create(MailOutboxEntity.class, values);
        }
    }

    /** Unread in-app items and unsent mail asking what is now answered go away. */
    @Override
    public void retract(String key, String link) {
        store.deleteWithSQL(NotificationEntity.class, NotificationEntity.MESSAGE_KEY + " = ? AND " + NotificationEntity.LINK + " = ? AND "
                + NotificationEntity.READ_AT + " IS NULL", key, link);
        store.deleteWithSQL(MailOutboxEntity.class, MailOutboxEntity.MESSAGE_KEY + " = ? AND " + MailOutboxEntity.LINK + " = ?", key, link);
    }

    private static Map<String, Object> common(Notification n, String recipient, String actor, String role, String key, String args, String link) {
        Map<String, Object> values = new HashMap<>();
        values.put(recipient, n.recipientKey());
        values.put(actor, n.actorKey());
        values.put(role, n.actorRole() == null ? null : n.actorRole().name());
        values.put(key, n.key());
        values.put(args, n.args().stream().map(a -> String.valueOf(a).replace('\n', ' ')).collect(Collectors.joining("\n")));
        values.put(link, n.link());
        return values;
    }
}
