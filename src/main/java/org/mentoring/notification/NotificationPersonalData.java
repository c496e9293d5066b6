package org.mentoring.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PersonalData;

/**
 * Notifications' part of a person's data: what the app told them and their delivery preferences. Erasure deletes
 * everything addressed to them (inbox, unsent mail, preferences); what they caused others to be told stays, naming a
 * former user.
 */
public final class NotificationPersonalData implements PersonalData {
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(NotificationEntity.class, NotificationEntity.RECIPIENT_KEY),
            KeyColumn.of(NotificationEntity.class, NotificationEntity.ACTOR_KEY),
            KeyColumn.of(MailOutboxEntity.class, MailOutboxEntity.RECIPIENT_KEY),
            KeyColumn.of(MailOutboxEntity.class, MailOutboxEntity.ACTOR_KEY),
            KeyColumn.of(DeliveryPreferenceEntity.class, DeliveryPreferenceEntity.USER_KEY));

    private final EntityStore store;
    private final KeyRewrite rewrite;

    public NotificationPersonalData(EntityStore store, KeyRewrite rewrite) {
        this.store = store;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "notifications";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("notifications.received", rewrite.count(KEYS.get(0), userKey));
        counts.put("notifications.caused", rewrite.count(KEYS.get(1), userKey));
        counts.put("notifications.unsentMail", rewrite.count(KEYS.get(2), userKey));
        counts.put("notifications.preferences", rewrite.count(KEYS.get(4), userKey));
        return counts;
    }

    @Override
    public Object export(String userKey) {
        List<Object> received = new ArrayList<>();
        for (NotificationEntity n : store.find(NotificationEntity.class, Query.select()
                .where(NotificationEntity.RECIPIENT_KEY + " = ?", userKey).order(NotificationEntity.CREATED_AT + ", ID"))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("message", n.getMessageKey());
            item.put("link", n.getLink());
            item.put("at", Instant.ofEpochMilli(n.getCreatedAt()).toString());
            item.put("read", n.getReadAt() != null);
            received.add(item);
        }
        List<Object> preferences = new ArrayList<>();
        for (DeliveryPreferenceEntity p : store.find(DeliveryPreferenceEntity.class, Query.select()
                .where(DeliveryPreferenceEntity.USER_KEY + " = ?", userKey))) {
            preferences.add(Map.of("kind", p.getKind(), "inApp", String.valueOf(p.getInApp()), "email", String.valueOf(p.getEmail())));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("received", received);
        out.put("preferences", preferences);
        return out;
    }

    @Override
    public void erase(String userKey) {
        store.deleteWithSQL(NotificationEntity.class, NotificationEntity.RECIPIENT_KEY + " = ?", userKey);
        store.deleteWithSQL(MailOutboxEntity.class, MailOutboxEntity.RECIPIENT_KEY + " = ?", userKey);
        store.deleteWithSQL(DeliveryPreferenceEntity.class, DeliveryPreferenceEntity.USER_KEY + " = ?", userKey);
    }
}
