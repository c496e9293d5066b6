package org.mentoring.reminder;

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
 * Reminders' part of a person's data: the reminders sent to them. Each row only keeps a reminder from going out twice,
 * so erasure deletes the person's (their relationships end with it: nothing is left to remind them of).
 */
public final class ReminderPersonalData implements PersonalData {
    private static final KeyColumn RECIPIENT = KeyColumn.of(ReminderSentEntity.class, ReminderSentEntity.RECIPIENT_KEY);

    private final EntityStore store;
    private final KeyRewrite rewrite;

    public ReminderPersonalData(EntityStore store, KeyRewrite rewrite) {
        this.store = store;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "reminders";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return List.of(RECIPIENT);
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        return Map.of("reminders.sent", rewrite.count(RECIPIENT, userKey));
    }

    /** Which reminders went to the person and when (the occurrence's situation, "GOAL_OVERDUE", is the reminder's type). */
    @Override
    public Object export(String userKey) {
        List<Object> sent = new ArrayList<>();
        for (ReminderSentEntity e : store.find(ReminderSentEntity.class, Query.select()
                .where(ReminderSentEntity.RECIPIENT_KEY + " = ?", userKey).order("ID"))) {
            Map<String, Object> item = new LinkedHashMap<>();
            String occurrence = e.getOccurrenceKey();
            int colon = occurrence.indexOf(':');
            item.put("type", colon < 0 ? occurrence : occurrence.substring(0, colon));
            item.put("sentAt", Instant.ofEpochMilli(e.getSentAt()).toString());
            sent.add(item);
        }
        return Map.of("sent", sent);
    }

    @Override
    public void erase(String userKey) {
        store.deleteWithSQL(ReminderSentEntity.class, ReminderSentEntity.RECIPIENT_KEY + " = ?", userKey);
    }

    /**
     * Occurrences addressed to one member end with their key ("MEETING_OVERDUE:42:2026-11-01:u-zoe"): re-keyed so a
     * reminder already sent is not sent again under the new key.
     */
    @Override
    public void keyChanged(String oldKey, String newKey) {
        String suffix = ":" + oldKey;
        for (ReminderSentEntity e : store.find(ReminderSentEntity.class, Query.select()
                .where(ReminderSentEntity.RECIPIENT_KEY + " = ?", newKey))) {
            String occurrence = e.getOccurrenceKey();
            if (occurrence.endsWith(suffix)) {
                e.setOccurrenceKey(occurrence.substring(0, occurrence.length() - oldKey.length()) + newKey);
                e.save();
            }
        }
    }
}
