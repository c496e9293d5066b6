package org.mentoring.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PersonalData;
import org.mentoring.relationship.RelationshipEntity;

/**
 * Sessions' part of a person's data: the meetings of their relationships with shared notes, action items and their
 * own private note (never the other member's). Erasure deletes the person's private notes; shared notes stay.
 */
public final class SessionPersonalData implements PersonalData {
    private static final List<KeyColumn> KEYS = List.of(
            KeyColumn.of(SessionEntity.class, SessionEntity.LOGGED_BY),
            KeyColumn.of(SessionEntity.class, SessionEntity.UPDATED_BY),
            KeyColumn.of(ActionItemEntity.class, ActionItemEntity.OWNER_KEY));

    private final EntityStore store;
    private final KeyRewrite rewrite;

    public SessionPersonalData(EntityStore store, KeyRewrite rewrite) {
        this.store = store;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "sessions";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        int sessions = 0;
        int notes = 0;
        for (RelationshipEntity r : relationships(userKey)) {
            for (SessionEntity s : sessions(r.getID())) {
                sessions++;
                if (ownNote(userKey, r, s) != null) {
                    notes++;
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sessions", sessions);
        counts.put("sessions.privateNotes", notes);
        counts.put("sessions.actionItems", rewrite.count(KEYS.get(2), userKey));
        return counts;
    }

    @Override
    public Object export(String userKey) {
        List<Object> out = new ArrayList<>();
        for (RelationshipEntity r : relationships(userKey)) {
            for (SessionEntity s : sessions(r.getID())) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", s.getID());
                item.put("relationshipId", r.getID());
                item.put("heldOn", s.getHeldOn());
                item.put("durationMinutes", s.getDurationMinutes());
                item.put("topics", s.getTopics());
                item.put("sharedNotes", s.getSharedNotes());
                item.put("yourPrivateNote", ownNote(userKey, r, s));
                item.put("nextMeetingOn", s.getNextMeetingOn());
                List<Object> items = new ArrayList<>();
                for (ActionItemEntity a : store.find(ActionItemEntity.class, Query.select().where(ActionItemEntity.SESSION_ID + " = ?", s.getID()))) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("text", a.getText());
                    one.put("yours", userKey.equals(a.getOwnerKey()));
                    one.put("dueOn", a.getDueOn());
                    one.put("done", a.getDone());
                    items.add(one);
                }
                item.put("actionItems", items);
                out.add(item);
            }
        }
        return out;
    }

    @Override
    public void erase(String userKey) {
        for (RelationshipEntity r : relationships(userKey)) {
            boolean mentor = userKey.equals(r.getMentorKey());
            for (SessionEntity s : sessions(r.getID())) {
                if (ownNote(userKey, r, s) != null) {
                    if (mentor) {
                        s.setMentorNote(null);
                    } else {
                        s.setMenteeNote(null);
                    }
                    s.save();
                }
            }
        }
    }

    private static String ownNote(String userKey, RelationshipEntity r, SessionEntity s) {
        return userKey.equals(r.getMentorKey()) ? s.getMentorNote() : s.getMenteeNote();
    }

    private RelationshipEntity[] relationships(String userKey) {
        return store.find(RelationshipEntity.class, Query.select().where(RelationshipEntity.MENTOR_KEY + " = ? OR "
                + RelationshipEntity.MENTEE_KEY + " = ?", userKey, userKey).order("ID"));
    }

    private SessionEntity[] sessions(long relationshipId) {
        return store.find(SessionEntity.class, Query.select().where(SessionEntity.RELATIONSHIP_ID + " = ?", relationshipId)
                .order(SessionEntity.HELD_ON + ", ID"));
    }
}
