package org.mentoring.session;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.MeetingLog;

/** Reads and writes sessions and their action items. Every query is bounded by a page size. */
public final class SessionStore {
    private final EntityStore store;

    public SessionStore(EntityStore store) {
        this.store = store;
    }

    Optional<SessionEntity> find(long id) {
        SessionEntity[] rows = store.find(SessionEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    SessionEntity insert(Map<String, Object> values) {
        return store.create(SessionEntity.class, values);
    }

    /** One page of a relationship's sessions, the most recently held first. */
    List<SessionEntity> page(long relationshipId, PageRequest page) {
        return List.of(store.find(SessionEntity.class, Query.select().where(SessionEntity.RELATIONSHIP_ID + " = ?", relationshipId)
                .order(SessionEntity.HELD_ON + " DESC, ID DESC").limit(page.maxResults()).offset(page.startAt())));
    }

    /** The action items of these sessions, in one query (each session has at most {@link SessionService#MAX_ITEMS}). */
    Map<Long, List<ActionItemEntity>> items(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        String marks = sessionIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        ActionItemEntity[] rows = store.find(ActionItemEntity.class, Query.select()
                .where(ActionItemEntity.SESSION_ID + " IN (" + marks + ")", sessionIds.toArray())
                .order(ActionItemEntity.SESSION_ID + ", ID").limit(sessionIds.size() * SessionService.MAX_ITEMS));
        return Arrays.stream(rows).collect(Collectors.groupingBy(i -> i.getSessionId()));
    }

    Optional<ActionItemEntity> item(long sessionId, long itemId) {
        ActionItemEntity[] rows = store.find(ActionItemEntity.class, Query.select()
                .where(ActionItemEntity.SESSION_ID + " = ? AND ID = ?", sessionId, itemId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    ActionItemEntity insertItem(long sessionId, long relationshipId, String text, String ownerKey, LocalDate dueOn) {
        Map<String, Object> values = new HashMap<>();
        values.put(ActionItemEntity.SESSION_ID, sessionId);
        values.put(ActionItemEntity.RELATIONSHIP_ID, relationshipId);
        values.put(ActionItemEntity.TEXT, text);
        values.put(ActionItemEntity.OWNER_KEY, ownerKey);
        values.put(ActionItemEntity.DUE_ON, dueOn == null ? null : dueOn.toString());
        values.put(ActionItemEntity.DONE, false);
        values.put(ActionItemEntity.REVISION, 1);
        return store.create(ActionItemEntity.class, values);
    }

    int itemCount(long sessionId) {
        return store.count(ActionItemEntity.class, Query.select().where(ActionItemEntity.SESSION_ID + " = ?", sessionId));
    }

    /**
     * The session, re-read after writing its row: the write takes the row lock, so a concurrent change of the
     * same session waits for this transaction and then sees what it wrote (the version check is then sound).
     */
    SessionEntity locked(SessionEntity session) {
        session.setRevision(session.getRevision());
        session.save();
        return find(session.getID()).orElseThrow();
    }

    /** The action item, re-read under its row lock (see {@link #locked(SessionEntity)}). */
    ActionItemEntity locked(ActionItemEntity item) {
        item.setRevision(item.getRevision());
        item.save();
        return item(item.getSessionId(), item.getID()).orElseThrow();
    }

    /** The relationship's log summary: how many sessions, and the most recently held one's dates. */
    MeetingLog meetingLog(long relationshipId) {
        String where = SessionEntity.RELATIONSHIP_ID + " = ?";
        int count = store.count(SessionEntity.class, Query.select().where(where, relationshipId));
        SessionEntity[] latest = store.find(SessionEntity.class, Query.select("ID, " + SessionEntity.HELD_ON + ", " + SessionEntity.NEXT_MEETING_ON)
                .where(where, relationshipId).order(SessionEntity.HELD_ON + " DESC, ID DESC").limit(1));
        if (latest.length == 0) {
            return new MeetingLog(count, null, null);
        }
        return new MeetingLog(count, LocalDate.parse(latest[0].getHeldOn()), date(latest[0].getNextMeetingOn()));
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static ActionItem toRecord(ActionItemEntity e) {
        return new ActionItem(e.getID(), e.getSessionId(), e.getText(), e.getOwnerKey(), date(e.getDueOn()), e.getDone(),
                e.getGoalId(), e.getMilestoneId(), e.getRevision());
    }
}
