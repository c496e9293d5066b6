package org.mentoring.network;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.history.History;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.PageRequest;

/** Reads and writes introductions and their history. Every list is one bounded query plus, where asked, one count. */
public final class IntroductionStore {
    /** An introduction has at most this many history entries (ask, an answer, an answer to that). */
    static final int MAX_EVENTS = 4;
    private static final String OPEN = "('" + IntroductionStatus.ASKED + "', '" + IntroductionStatus.INTRODUCED + "')";
    private static final String NEWEST_FIRST = IntroductionEntity.UPDATED_AT + " DESC, ID DESC";

    private final EntityStore store;

    public IntroductionStore(EntityStore store) {
        this.store = store;
    }

    Optional<IntroductionEntity> find(long id) {
        if (!EntityStore.isId(id)) {
            return Optional.empty();
        }
        IntroductionEntity[] rows = store.find(IntroductionEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    IntroductionEntity insert(Map<String, Object> values) {
        return store.create(IntroductionEntity.class, values);
    }

    void appendEvent(long introductionId, int seq, String type, String actorKey, Instant at) {
        History.append(store, IntroductionEventEntity.class, IntroductionEventEntity.INTRODUCTION_ID, introductionId,
                new History.Entry(seq, type, actorKey, at, null, null, null), Map.of());
    }

    /** The history of these introductions, in one query (each has at most {@link #MAX_EVENTS} entries). */
    Map<Long, List<IntroductionEventEntity>> events(Collection<Long> introductionIds) {
        if (introductionIds.isEmpty()) {
            return Map.of();
        }
        String marks = introductionIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        IntroductionEventEntity[] rows = store.find(IntroductionEventEntity.class, Query.select()
                .where(IntroductionEventEntity.INTRODUCTION_ID + " IN (" + marks + ")", introductionIds.toArray())
                .order(IntroductionEventEntity.INTRODUCTION_ID + ", " + IntroductionEventEntity.SEQ)
                .limit(introductionIds.size() * MAX_EVENTS * 2));
        return Arrays.stream(rows).collect(Collectors.groupingBy(IntroductionEventEntity::getIntroductionId));
    }

    /** A relationship's introductions, the most recently changed first. */
    List<IntroductionEntity> ofRelationship(long relationshipId, PageRequest page) {
        return page(IntroductionEntity.RELATIONSHIP_ID + " = ?", page, relationshipId);
    }

    int countOfRelationship(long relationshipId) {
        return count(IntroductionEntity.RELATIONSHIP_ID + " = ?", relationshipId);
    }

    private static final String WAITING = IntroductionEntity.INTRODUCED_KEY + " = ? AND " + IntroductionEntity.STATUS + " = '"
            + IntroductionStatus.INTRODUCED + "'";
    private static final String CONNECTED = IntroductionEntity.STATUS + " = '" + IntroductionStatus.ACCEPTED + "' AND ("
            + IntroductionEntity.ASKER_KEY + " = ? OR " + IntroductionEntity.INTRODUCED_KEY + " = ?)";
    private static final String MADE = IntroductionEntity.ASKED_KEY + " = ? AND " + IntroductionEntity.INTRODUCED_KEY + " IS NOT NULL";

    /** Introductions waiting for {@code userKey}'s answer as the person introduced. */
    List<IntroductionEntity> waitingFor(String userKey, PageRequest page) {
        return page(WAITING, page, userKey);
    }

    int countWaitingFor(String userKey) {
        return count(WAITING, userKey);
    }

    /** Accepted introductions {@code userKey} asked for or was introduced in: their network. */
    List<IntroductionEntity> connectionsOf(String userKey, PageRequest page) {
        return page(CONNECTED, page, userKey, userKey);
    }

    int countConnectionsOf(String userKey) {
        return count(CONNECTED, userKey, userKey);
    }

    /** Introductions {@code userKey} made for the other member of a relationship. */
    List<IntroductionEntity> madeBy(String userKey, PageRequest page) {
        return page(MADE, page, userKey);
    }

    int countMadeBy(String userKey) {
        return count(MADE, userKey);
    }

    /** Up to {@code limit} open introductions {@code userKey} asked for, was asked for, or was introduced in. */
    List<IntroductionEntity> openThrough(String userKey, int limit) {
        return List.of(store.find(IntroductionEntity.class, Query.select()
                .where(IntroductionEntity.STATUS + " IN " + OPEN + " AND (" + IntroductionEntity.ASKER_KEY + " = ? OR "
                        + IntroductionEntity.ASKED_KEY + " = ? OR " + IntroductionEntity.INTRODUCED_KEY + " = ?)", userKey, userKey, userKey)
                .order("ID").limit(limit)));
    }

    private static final String INVOLVING = IntroductionEntity.ASKER_KEY + " = ? OR " + IntroductionEntity.ASKED_KEY + " = ? OR "
            + IntroductionEntity.INTRODUCED_KEY + " = ?";

    /** Introductions {@code userKey} asked for, was asked for or was introduced in, oldest first, a page at a time. */
    List<IntroductionEntity> involving(String userKey, int startAt, int limit) {
        return List.of(store.find(IntroductionEntity.class, Query.select().where(INVOLVING, userKey, userKey, userKey)
                .order("ID").limit(limit).offset(startAt)));
    }

    /**
     * The introduction, re-read after writing its row: the write takes the row lock, so a concurrent change waits
     * for this transaction and then sees what it wrote (the version check is then sound).
     */
    IntroductionEntity locked(IntroductionEntity e) {
        e.setRelationshipId(e.getRelationshipId());
        e.save();
        return find(e.getID()).orElseThrow();
    }

    private List<IntroductionEntity> page(String where, PageRequest page, Object... params) {
        return List.of(store.find(IntroductionEntity.class, Query.select().where(where, params).order(NEWEST_FIRST)
                .limit(page.maxResults()).offset(page.startAt())));
    }

    private int count(String where, Object... params) {
        return store.count(IntroductionEntity.class, Query.select().where(where, params));
    }
}
