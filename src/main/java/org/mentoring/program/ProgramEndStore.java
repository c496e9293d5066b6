package org.mentoring.program;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.relationship.RelationshipEntity;

/** The program end's queries: members' choices to go on informally, cohorts ending soon, reminders sent. */
public final class ProgramEndStore {
    private final EntityStore store;

    public ProgramEndStore(EntityStore store) {
        this.store = store;
    }

    static String choiceKey(long relationshipId, String userKey) {
        return relationshipId + ":" + userKey;
    }

    boolean chose(long relationshipId, String userKey) {
        return store.count(ContinuationEntity.class, Query.select()
                .where(ContinuationEntity.CHOICE_KEY + " = ?", choiceKey(relationshipId, userKey))) > 0;
    }

    void choose(long relationshipId, String userKey) {
        Map<String, Object> v = new HashMap<>();
        v.put(ContinuationEntity.RELATIONSHIP_ID, relationshipId);
        v.put(ContinuationEntity.USER_KEY, userKey);
        v.put(ContinuationEntity.CHOICE_KEY, choiceKey(relationshipId, userKey));
        store.create(ContinuationEntity.class, v);
    }

    void unchoose(long relationshipId, String userKey) {
        store.deleteWithSQL(ContinuationEntity.class, ContinuationEntity.CHOICE_KEY + " = ?", choiceKey(relationshipId, userKey));
    }

    /** Who chose to go on, by relationship, for every relationship of the program: one statement. */
    Map<Long, Set<String>> choices(long programId) {
        ContinuationEntity[] rows = store.find(ContinuationEntity.class, Query.select("ID, " + ContinuationEntity.RELATIONSHIP_ID + ", "
                        + ContinuationEntity.USER_KEY)
                .alias(ContinuationEntity.class, "c").alias(RelationshipEntity.class, "r")
                .join(RelationshipEntity.class, "c." + ContinuationEntity.RELATIONSHIP_ID + " = r.ID")
                .where("r." + RelationshipEntity.PROGRAM_ID + " = ?", programId));
        return Arrays.stream(rows).collect(Collectors.groupingBy(ContinuationEntity::getRelationshipId,
                Collectors.mapping(ContinuationEntity::getUserKey, Collectors.toSet())));
    }

    /** Open or running cohorts ending between {@code from} and {@code to} (ISO dates, inclusive), at most {@code limit}. */
    List<ProgramEntity> cohortsEnding(String from, String to, int limit) {
        return Arrays.asList(store.find(ProgramEntity.class, Query.select().where(ProgramEntity.KIND + " = ? AND "
                        + ProgramEntity.STATUS + " IN (?, ?) AND " + ProgramEntity.ENDS_ON + " >= ? AND " + ProgramEntity.ENDS_ON + " <= ?",
                ProgramKind.COHORT.name(), ProgramStatus.OPEN.name(), ProgramStatus.RUNNING.name(), from, to).order("ID").limit(limit)));
    }

    /** Claims reminder {@code key}; false when it was sent already (the unique key refuses a second row). */
    boolean claimReminder(String key, long now) {
        if (store.count(ProgramEndReminderEntity.class, Query.select().where(ProgramEndReminderEntity.REMINDER_KEY + " = ?", key)) > 0) {
            return false;
        }
        store.create(ProgramEndReminderEntity.class, Map.of(ProgramEndReminderEntity.REMINDER_KEY, key,
                ProgramEndReminderEntity.SENT_AT, now));
        return true;
    }

    /** Ids of live relationships in closed programs (work a close left unfinished), at most {@code limit}. */
    List<Long> liveInClosedPrograms(int limit) {
        RelationshipEntity[] rows = store.find(RelationshipEntity.class, Query.select("ID")
                .alias(RelationshipEntity.class, "r").alias(ProgramEntity.class, "p")
                .join(ProgramEntity.class, "r." + RelationshipEntity.PROGRAM_ID + " = p.ID")
                .where("p." + ProgramEntity.STATUS + " = ? AND r." + RelationshipEntity.STATUS + " IN (?, ?, ?)",
                        ProgramStatus.CLOSED.name(), "PROPOSED", "ACTIVE", "PAUSED").limit(limit));
        return Arrays.stream(rows).map(r -> (long) r.getID()).toList();
    }
}
