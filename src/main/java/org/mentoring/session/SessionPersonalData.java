package org.mentoring.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PagedRows;
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
        int[] sessions = {0};
        int[] notes = {0};
        sessionsOf(userKey, page -> page.forEach((r, list) -> {
            for (SessionEntity s : list) {
                sessions[0]++;
                if (ownNote(userKey, r, s) != null) {
                    notes[0]++;
                }
            }
        }));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sessions", sessions[0]);
        counts.put("sessions.privateNotes", notes[0]);
        counts.put("sessions.actionItems", rewrite.count(KEYS.get(2), userKey));
        return counts;
    }

    @Override
    public Object export(String userKey) {
        List<Object> out = new ArrayList<>();
        sessionsOf(userKey, page -> {
            List<Long> sessionIds = page.values().stream().flatMap(List::stream).map(s -> (long) s.getID()).toList();
            Map<Long, List<ActionItemEntity>> actionItems = PagedRows.children(store, ActionItemEntity.class, ActionItemEntity.SESSION_ID,
                    sessionIds, "ID", ActionItemEntity::getSessionId);
            page.forEach((r, sessions) -> {
                for (SessionEntity s : sessions) {
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
                    for (ActionItemEntity a : actionItems.getOrDefault((long) s.getID(), List.of())) {
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
            });
        });
        return out;
    }

    @Override
    public void erase(String userKey) {
        sessionsOf(userKey, page -> page.forEach((r, sessions) -> {
            boolean mentor = userKey.equals(r.getMentorKey());
            for (SessionEntity s : sessions) {
                if (ownNote(userKey, r, s) != null) {
                    if (mentor) {
                        s.setMentorNote(null);
                    } else {
                        s.setMenteeNote(null);
                    }
                    s.save();
                }
            }
        }));
    }

    private static String ownNote(String userKey, RelationshipEntity r, SessionEntity s) {
        return userKey.equals(r.getMentorKey()) ? s.getMentorNote() : s.getMenteeNote();
    }

    /**
     * The person's relationships a page at a time, each with its sessions in the order they were held: one statement
     * for the page's relationships and one for their sessions, never one per relationship.
     */
    private void sessionsOf(String userKey, Consumer<Map<RelationshipEntity, List<SessionEntity>>> each) {
        PagedRows.pages(store, RelationshipEntity.class, PagedRows.either(RelationshipEntity.MENTOR_KEY, RelationshipEntity.MENTEE_KEY),
                new Object[] {userKey, userKey}, page -> {
                    Map<Long, List<SessionEntity>> sessions = PagedRows.children(store, SessionEntity.class, SessionEntity.RELATIONSHIP_ID,
                            page.stream().map(r -> (long) r.getID()).toList(), SessionEntity.HELD_ON + ", ID", SessionEntity::getRelationshipId);
                    Map<RelationshipEntity, List<SessionEntity>> byRelationship = new LinkedHashMap<>();
                    for (RelationshipEntity r : page) {
                        byRelationship.put(r, sessions.getOrDefault((long) r.getID(), List.of()));
                    }
                    each.accept(byRelationship);
                });
    }
}
