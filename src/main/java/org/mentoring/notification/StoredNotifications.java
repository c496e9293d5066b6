package org.mentoring.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Notifications;

/**
 * In-app notifications kept in the app's own table, the same in every host. Written in the caller's transaction,
 * so a change that rolls back notifies nobody.
 */
public final class StoredNotifications implements Notifications {
    private final EntityStore store;
    private final Clock clock;

    public StoredNotifications(EntityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void send(Notification n) {
        Map<String, Object> values = new HashMap<>();
        values.put(NotificationEntity.RECIPIENT_KEY, n.recipientKey());
        values.put(NotificationEntity.ACTOR_KEY, n.actorKey());
        values.put(NotificationEntity.ACTOR_ROLE, n.actorRole() == null ? null : n.actorRole().name());
        values.put(NotificationEntity.MESSAGE_KEY, n.key());
        values.put(NotificationEntity.ARGS, joinArgs(n));
        values.put(NotificationEntity.LINK, n.link());
        values.put(NotificationEntity.CREATED_AT, clock.millis());
        store.create(NotificationEntity.class, values);
    }

    @Override
    public void retract(String key, String link) {
        store.deleteWithSQL(NotificationEntity.class, NotificationEntity.MESSAGE_KEY + " = ? AND " + NotificationEntity.LINK + " = ? AND "
                + NotificationEntity.READ_AT + " IS NULL", key, link);
    }

    static String joinArgs(Notification n) {
        return n.args().stream().map(a -> String.valueOf(a).replace('\n', ' ')).collect(Collectors.joining("\n"));
    }
}
